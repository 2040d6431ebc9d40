// charla-iconrender: the application icon in every form a desktop asks for, drawn from the one
// SVG at build time (no generated pictures in the repository to fall out of date):
//   hicolor/<N>x<N>/apps/<name>.png for the freedesktop icon theme (Linux),
//   <name>.ico with PNG images (Windows: the installer's and charla.exe's icon),
//   <name>.icns with PNG images (macOS: the bundle icon).
// Usage: charla-iconrender SVG OUTDIR NAME
// Fails (exit 1) when the SVG cannot be read or a size renders fully transparent, so a broken
// icon stops the build instead of shipping empty squares.
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>

namespace {

// freedesktop.org Icon Theme Specification: the sizes desktops look up in hicolor.
constexpr int kHicolorSizes[] = {16, 22, 24, 32, 48, 64, 128, 256};
// Windows shell sizes (the list, the taskbar, Explorer's large icons and tiles).
constexpr int kIcoSizes[] = {16, 24, 32, 48, 64, 128, 256};

struct IcnsType
{
    const char *type;
    int size;
};
// Apple's PNG-based icns element types.
constexpr IcnsType kIcnsTypes[] = {{"icp4", 16},  {"icp5", 32},  {"icp6", 64},   {"ic07", 128},
                                   {"ic08", 256}, {"ic09", 512}, {"ic10", 1024}};

bool fail(const QString &message)
{
    std::fprintf(stderr, "charla-iconrender: %s\n", qPrintable(message));
    return false;
}

QImage render(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

bool hasInk(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(line[x]) != 0)
                return true;
        }
    }
    return false;
}

QByteArray png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

template<typename T>
void appendLE(QByteArray &out, T value)
{
    value = qToLittleEndian(value);
    out.append(reinterpret_cast<const char *>(&value), sizeof(value));
}

void appendBE32(QByteArray &out, quint32 value)
{
    value = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&value), sizeof(value));
}

// ICO container (ICONDIR + ICONDIRENTRY per image) holding PNG data, which Windows reads since
// Vista for every size.
QByteArray ico(const QList<QPair<int, QByteArray>> &images)
{
    QByteArray out;
    appendLE<quint16>(out, 0); // reserved
    appendLE<quint16>(out, 1); // type: icon
    appendLE<quint16>(out, quint16(images.size()));
    quint32 offset = 6 + 16 * quint32(images.size());
    for (const auto &[size, data] : images) {
        out.append(char(size >= 256 ? 0 : size)); // width, 0 meaning 256
        out.append(char(size >= 256 ? 0 : size)); // height
        out.append(char(0));                      // no palette
        out.append(char(0));                      // reserved
        appendLE<quint16>(out, 1);                // colour planes
        appendLE<quint16>(out, 32);               // bits per pixel
        appendLE<quint32>(out, quint32(data.size()));
        appendLE<quint32>(out, offset);
        offset += quint32(data.size());
    }
    for (const auto &image : images)
        out.append(image.second);
    return out;
}

// icns container: "icns", total length, then (type, length including its 8-byte header, PNG).
QByteArray icns(const QList<QPair<QByteArray, QByteArray>> &elements)
{
    QByteArray body;
    for (const auto &[type, data] : elements) {
        body.append(type);
        appendBE32(body, quint32(data.size() + 8));
        body.append(data);
    }
    QByteArray out("icns");
    appendBE32(out, quint32(body.size() + 8));
    return out + body;
}

bool run(const QString &svgPath, const QString &outDir, const QString &name)
{
    QSvgRenderer svg(svgPath);
    if (!svg.isValid())
        return fail(QStringLiteral("cannot read the SVG %1").arg(svgPath));

    auto draw = [&svg](int size, QImage *image) {
        *image = render(svg, size);
        return hasInk(*image) || fail(QStringLiteral("the %1 px icon is empty").arg(size));
    };

    for (int size : kHicolorSizes) {
        const QString dir =
            QStringLiteral("%1/hicolor/%2x%2/apps").arg(outDir).arg(size);
        QImage image;
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("cannot create %1").arg(dir));
        if (!draw(size, &image) ||
            !write(dir + QLatin1Char('/') + name + QStringLiteral(".png"), png(image)))
            return false;
    }

    QList<QPair<int, QByteArray>> icoImages;
    for (int size : kIcoSizes) {
        QImage image;
        if (!draw(size, &image))
            return false;
        icoImages.append({size, png(image)});
    }
    if (!write(outDir + QLatin1Char('/') + name + QStringLiteral(".ico"), ico(icoImages)))
        return false;

    QList<QPair<QByteArray, QByteArray>> icnsElements;
    for (const IcnsType &t : kIcnsTypes) {
        QImage image;
        if (!draw(t.size, &image))
            return false;
        icnsElements.append({QByteArray(t.type), png(image)});
    }
    return write(outDir + QLatin1Char('/') + name + QStringLiteral(".icns"), icns(icnsElements));
}

} // namespace

int main(int argc, char *argv[])
{
    // Drawing needs a QGuiApplication but no display: this runs inside the build.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: charla-iconrender SVG OUTDIR NAME\n");
        return 2;
    }
    return run(args.at(1), args.at(2), args.at(3)) ? 0 : 1;
}
