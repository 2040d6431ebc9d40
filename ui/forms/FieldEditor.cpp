#include "forms/FieldEditor.h"

#include <QCoreApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFontMetrics>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace charla::FieldEditor {

namespace {

using Type = DataFormField::Type;

QString optionText(const DataFormOption &o)
{
    return o.label.isEmpty() ? o.value : o.label;
}

QStringList lines(const QString &text)
{
    QStringList out;
    const QStringList all = text.split(QLatin1Char('\n'));
    for (const QString &line : all)
        if (!line.trimmed().isEmpty())
            out.append(line.trimmed());
    return out;
}

} // namespace

bool labelsItself(const DataFormField &field)
{
    return field.type == Type::Boolean;
}

QWidget *create(const DataFormField &field, QWidget *parent)
{
    switch (field.type) {
    case Type::Fixed:
    case Type::Hidden:
        return nullptr;
    case Type::Boolean: {
        auto *box = new QCheckBox(parent);
        // A button's text is never rich text, but '&' would become a shortcut: double it.
        QString text = field.displayName() + (field.required ? QStringLiteral(" *") : QString());
        box->setText(text.replace(QLatin1Char('&'), QStringLiteral("&&")));
        box->setChecked(field.isChecked());
        return box;
    }
    case Type::TextSingle:
    case Type::TextPrivate:
    case Type::JidSingle: {
        auto *edit = new QLineEdit(parent);
        edit->setText(field.value());
        if (field.type == Type::TextPrivate)
            edit->setEchoMode(QLineEdit::Password);
        if (field.type == Type::JidSingle)
            edit->setPlaceholderText(
                QCoreApplication::translate("charla::DataFormWidget", "name@example.org"));
        return edit;
    }
    case Type::TextMulti:
    case Type::JidMulti: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setPlainText(field.values.join(QLatin1Char('\n')));
        edit->setTabChangesFocus(true);
        const int line = QFontMetrics(edit->font()).lineSpacing();
        edit->setMinimumHeight(line * 4);
        edit->setMaximumHeight(line * 8);
        if (field.type == Type::JidMulti)
            edit->setPlaceholderText(QCoreApplication::translate("charla::DataFormWidget",
                                                                 "One address a line"));
        return edit;
    }
    case Type::ListSingle: {
        auto *combo = new QComboBox(parent);
        const bool open =
            field.validation && field.validation->method == DataFormValidation::Method::Open;
        combo->setEditable(open);
        bool found = false;
        for (const DataFormOption &o : field.options) {
            combo->addItem(optionText(o), o.value);
            found = found || o.value == field.value();
        }
        if (!found) {
            // No choice made yet (or a value the options do not list, allowed when open): an
            // empty first entry instead of silently choosing the first option for the person.
            combo->insertItem(0, field.value(), field.value());
        }
        combo->setCurrentIndex(found ? combo->findData(field.value()) : 0);
        return combo;
    }
    case Type::ListMulti: {
        auto *list = new QListWidget(parent);
        for (const DataFormOption &o : field.options) {
            auto *item = new QListWidgetItem(optionText(o), list);
            item->setData(Qt::UserRole, o.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(field.values.contains(o.value) ? Qt::Checked : Qt::Unchecked);
        }
        const int rows = std::clamp(int(field.options.size()), 2, 6);
        list->setMaximumHeight(list->sizeHintForRow(0) * rows + 2 * list->frameWidth() + 4);
        return list;
    }
    }
    return nullptr;
}

QStringList values(const DataFormField &field, const QWidget *editor)
{
    if (!editor)
        return field.values; // fixed and hidden: unchanged (XEP-0004 3.3)
    if (const auto *box = qobject_cast<const QCheckBox *>(editor))
        return {box->isChecked() ? QStringLiteral("1") : QStringLiteral("0")};
    if (const auto *edit = qobject_cast<const QLineEdit *>(editor)) {
        // A password is taken as typed; elsewhere surrounding blanks are a slip of the thumb.
        const QString text =
            field.type == Type::TextPrivate ? edit->text() : edit->text().trimmed();
        return text.isEmpty() ? QStringList() : QStringList{text};
    }
    if (const auto *edit = qobject_cast<const QPlainTextEdit *>(editor)) {
        if (field.type == Type::TextMulti) {
            // XEP-0004 3.3: each line of a text-multi is one <value/>; inner blank lines of a
            // text stay (they are paragraphs), trailing ones go.
            QStringList all = edit->toPlainText().split(QLatin1Char('\n'));
            while (!all.isEmpty() && all.last().trimmed().isEmpty())
                all.removeLast();
            return all;
        }
        return lines(edit->toPlainText());
    }
    if (const auto *combo = qobject_cast<const QComboBox *>(editor)) {
        QString value = combo->currentData().toString();
        if (combo->isEditable()) {
            // An open list: what is typed counts; a typed option label means its value.
            const QString typed = combo->currentText().trimmed();
            const int index = combo->findText(typed);
            value = index >= 0 ? combo->itemData(index).toString() : typed;
        }
        return value.isEmpty() ? QStringList() : QStringList{value};
    }
    if (const auto *list = qobject_cast<const QListWidget *>(editor)) {
        QStringList out;
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->checkState() == Qt::Checked)
                out.append(list->item(i)->data(Qt::UserRole).toString());
        return out;
    }
    return field.values;
}

void onEdited(QWidget *editor, QObject *context, const std::function<void()> &onChange)
{
    if (auto *box = qobject_cast<QCheckBox *>(editor))
        QObject::connect(box, &QCheckBox::toggled, context, onChange);
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        QObject::connect(edit, &QLineEdit::textEdited, context, onChange);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        QObject::connect(text, &QPlainTextEdit::textChanged, context, onChange);
    else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        QObject::connect(combo, &QComboBox::currentIndexChanged, context, onChange);
        QObject::connect(combo, &QComboBox::editTextChanged, context, onChange);
    } else if (auto *list = qobject_cast<QListWidget *>(editor))
        QObject::connect(list, &QListWidget::itemChanged, context, onChange);
}

} // namespace charla::FieldEditor
