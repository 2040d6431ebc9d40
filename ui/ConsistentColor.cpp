#include "ConsistentColor.h"

#include <QCryptographicHash>

#include <algorithm>
#include <cmath>
#include <limits>

namespace charla {

namespace {

// HSLuv (https://www.hsluv.org/math/): CIELUV's LCh with the chroma scaled to the largest one
// sRGB can show at that lightness and hue. sRGB primaries (D65) and the CIE constants.
constexpr double kM[3][3] = {{3.240969941904521, -1.537383177570093, -0.498610760293},
                             {-0.96924363628087, 1.87596750150772, 0.041555057407175},
                             {0.055630079696993, -0.20397695888897, 1.056971514242878}};
constexpr double kRefU = 0.19783000664283;
constexpr double kRefV = 0.46831999493879;
constexpr double kKappa = 903.2962962;
constexpr double kEpsilon = 0.0088564516;
constexpr double kPi = 3.14159265358979323846;

/// The largest chroma in the sRGB gamut at lightness @p l and hue @p hueRad: the gamut's
/// six boundary lines (each channel at 0 and at 1) cut the hue's ray; the nearest cut wins.
double maxChroma(double l, double hueRad)
{
    const double sub1 = std::pow(l + 16, 3) / 1560896;
    const double sub2 = sub1 > kEpsilon ? sub1 : l / kKappa;
    double best = std::numeric_limits<double>::max();
    for (const auto &row : kM) {
        const double m1 = row[0], m2 = row[1], m3 = row[2];
        for (int t = 0; t < 2; ++t) {
            const double top1 = (284517 * m1 - 94839 * m3) * sub2;
            const double top2 = (838422 * m3 + 769860 * m2 + 731718 * m1) * l * sub2 - 769860 * t * l;
            const double bottom = (632260 * m3 - 126452 * m2) * sub2 + 126452 * t;
            const double slope = top1 / bottom;
            const double intercept = top2 / bottom;
            const double length = intercept / (std::sin(hueRad) - slope * std::cos(hueRad));
            if (length >= 0)
                best = std::min(best, length);
        }
    }
    return best;
}

double fromLinear(double c)
{
    return c <= 0.0031308 ? 12.92 * c : 1.055 * std::pow(c, 1 / 2.4) - 0.055;
}

} // namespace

double consistentHue(const QString &input)
{
    // XEP-0392 5.1: SHA-1, the first two bytes as a little-endian 16-bit value, scaled to 360.
    const QByteArray hash = QCryptographicHash::hash(input.toUtf8(), QCryptographicHash::Sha1);
    const int value = quint8(hash.at(0)) | (quint8(hash.at(1)) << 8);
    return double(value) / 65536.0 * 360.0;
}

QColor hsluvColor(double hue, double saturation, double lightness)
{
    const double l = std::clamp(lightness, 0.0, 100.0);
    if (l > 99.9999999)
        return QColor::fromRgbF(1, 1, 1);
    if (l < 1e-8)
        return QColor::fromRgbF(0, 0, 0);
    const double hueRad = hue / 360.0 * 2 * kPi;
    const double chroma = maxChroma(l, hueRad) / 100.0 * std::clamp(saturation, 0.0, 100.0);
    // LCh -> Luv -> XYZ -> linear sRGB -> sRGB.
    const double u = std::cos(hueRad) * chroma;
    const double v = std::sin(hueRad) * chroma;
    const double varU = u / (13 * l) + kRefU;
    const double varV = v / (13 * l) + kRefV;
    const double y = l <= 8 ? l / kKappa : std::pow((l + 16) / 116, 3);
    const double x = -(9 * y * varU) / ((varU - 4) * varV - varU * varV);
    const double z = (9 * y - 15 * varV * y - varV * x) / (3 * varV);
    double rgb[3];
    for (int i = 0; i < 3; ++i) {
        const double linear = kM[i][0] * x + kM[i][1] * y + kM[i][2] * z;
        rgb[i] = std::clamp(fromLinear(linear), 0.0, 1.0);
    }
    return QColor::fromRgbF(float(rgb[0]), float(rgb[1]), float(rgb[2]));
}

QColor consistentColor(const QString &input)
{
    // Lightness 45: white initials keep a contrast above 5:1 on every hue; saturation 75 so a
    // list of contacts is colourful without shouting.
    return hsluvColor(consistentHue(input), 75, 45);
}

} // namespace charla
