#include "services/GatewayIcon.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace charla {

namespace {
struct Look
{
    const char *label;
    QRgb color;
};

// The disco registry's gateway types (XEP-0100 / identity registry) people still meet.
const QHash<QString, Look> &looks()
{
    static const QHash<QString, Look> table{
        {QStringLiteral("irc"), {"IRC", 0x4a6fa5}},
        {QStringLiteral("telegram"), {"TG", 0x2aa1da}},
        {QStringLiteral("whatsapp"), {"WA", 0x25a244}},
        {QStringLiteral("signal"), {"SIG", 0x3a76f0}},
        {QStringLiteral("matrix"), {"[m]", 0x333333}},
        {QStringLiteral("discord"), {"DC", 0x5865f2}},
        {QStringLiteral("slack"), {"SL", 0x611f69}},
        {QStringLiteral("facebook"), {"FB", 0x1877f2}},
        {QStringLiteral("smtp"), {"@", 0xb35c1e}},
        {QStringLiteral("sms"), {"SMS", 0x6b8e23}},
        {QStringLiteral("xmpp"), {"X", 0x227ab2}},
        {QStringLiteral("icq"), {"ICQ", 0x3c9a2e}},
        {QStringLiteral("aim"), {"AIM", 0xd4a017}},
        {QStringLiteral("yahoo"), {"Y!", 0x6001d2}},
        {QStringLiteral("msn"), {"MSN", 0x0078d7}},
        {QStringLiteral("gadu-gadu"), {"GG", 0xf58220}},
        {QStringLiteral("qq"), {"QQ", 0x12b7f5}},
        {QStringLiteral("skype"), {"S", 0x00aff0}},
        {QStringLiteral("steam"), {"ST", 0x1b2838}},
        {QStringLiteral("mattermost"), {"MM", 0x1e325c}},
    };
    return table;
}
} // namespace

QString GatewayIcon::label(const QString &type)
{
    const auto it = looks().constFind(type.toLower());
    if (it != looks().constEnd())
        return QString::fromLatin1(it->label);
    return type.left(3).toUpper();
}

QPixmap GatewayIcon::pixmap(const QString &type, int size, qreal devicePixelRatio)
{
    const int pixels = qRound(size * devicePixelRatio);
    if (pixels <= 0)
        return {};
    const auto it = looks().constFind(type.toLower());
    // Unknown networks get a colour of their own from the name, steady across runs.
    const QColor color = it != looks().constEnd()
                             ? QColor::fromRgb(it->color)
                             : QColor::fromHsv(int(qHash(type.toLower(), 7) % 360), 120, 150);
    QPixmap out(pixels, pixels);
    out.fill(Qt::transparent);
    {
        QPainter p(&out);
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath circle;
        circle.addEllipse(QRectF(0, 0, pixels, pixels));
        p.fillPath(circle, color);
        const QString text = label(type);
        QFont font;
        font.setBold(true);
        font.setPixelSize(std::max(5, pixels * (text.size() > 2 ? 30 : 42) / 100));
        p.setFont(font);
        p.setPen(Qt::white);
        p.drawText(QRect(0, 0, pixels, pixels), Qt::AlignCenter, text);
    }
    out.setDevicePixelRatio(devicePixelRatio);
    return out;
}

} // namespace charla
