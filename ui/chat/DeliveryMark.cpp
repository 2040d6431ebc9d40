#include "DeliveryMark.h"

#include "ErrorText.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>

namespace charla::DeliveryMark {

namespace {

QPainterPath check(const QRectF &r, qreal dx)
{
    QPainterPath path;
    path.moveTo(r.left() + dx + r.width() * 0.08, r.top() + r.height() * 0.55);
    path.lineTo(r.left() + dx + r.width() * 0.30, r.top() + r.height() * 0.78);
    path.lineTo(r.left() + dx + r.width() * 0.72, r.top() + r.height() * 0.25);
    return path;
}

} // namespace

void paint(QPainter *painter, const QRectF &rect, ChatMessage::State state,
           const QPalette &palette)
{
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF r(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    QColor color = palette.color(QPalette::PlaceholderText);
    if (state == ChatMessage::State::Displayed)
        color = palette.color(QPalette::Link);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, qMax<qreal>(1.2, side / 10));
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    switch (state) {
    case ChatMessage::State::Pending: {
        const QRectF face = r.adjusted(side * 0.12, side * 0.12, -side * 0.12, -side * 0.12);
        painter->drawEllipse(face);
        painter->drawLine(face.center(), QPointF(face.center().x(), face.top() + side * 0.2));
        painter->drawLine(face.center(), QPointF(face.right() - side * 0.22, face.center().y()));
        break;
    }
    case ChatMessage::State::Sent:
        painter->drawPath(check(r, side * 0.1));
        break;
    case ChatMessage::State::Delivered:
    case ChatMessage::State::Displayed:
        painter->drawPath(check(r, -side * 0.08));
        painter->drawPath(check(r, side * 0.22));
        break;
    case ChatMessage::State::Failed: {
        const QColor red = errorColor(palette);
        painter->setPen(Qt::NoPen);
        painter->setBrush(red);
        painter->drawEllipse(r.adjusted(side * 0.05, side * 0.05, -side * 0.05, -side * 0.05));
        QPen white(palette.color(QPalette::Base), qMax<qreal>(1.5, side / 8));
        white.setCapStyle(Qt::RoundCap);
        painter->setPen(white);
        painter->drawLine(QPointF(r.center().x(), r.top() + side * 0.25),
                          QPointF(r.center().x(), r.top() + side * 0.58));
        painter->drawPoint(QPointF(r.center().x(), r.top() + side * 0.75));
        break;
    }
    case ChatMessage::State::Received:
        break;
    }
    painter->restore();
}

QString text(ChatMessage::State state)
{
    // Tooltips and accessible text of the delivery mark next to one's own message.
    switch (state) {
    case ChatMessage::State::Pending:
        return QCoreApplication::translate("charla::MessageDelegate", "Sending");
    case ChatMessage::State::Sent:
        return QCoreApplication::translate("charla::MessageDelegate", "Sent to the server");
    case ChatMessage::State::Delivered:
        return QCoreApplication::translate("charla::MessageDelegate", "Delivered");
    case ChatMessage::State::Displayed:
        //: Delivery state of one's own message: the recipient has read it (XEP-0333).
        return QCoreApplication::translate("charla::MessageDelegate", "Seen");
    case ChatMessage::State::Failed:
        return QCoreApplication::translate("charla::MessageDelegate", "Not delivered");
    case ChatMessage::State::Received:
        //: State of a message that came in from the contact (not one's own).
        return QCoreApplication::translate("charla::MessageDelegate", "Received");
    }
    return {};
}

} // namespace charla::DeliveryMark
