#include "forms/DataFormWidget.h"

#include "ErrorText.h"
#include "forms/FieldEditor.h"
#include "forms/FormMedia.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace charla {

namespace {

using Type = DataFormField::Type;

// Network text goes only into labels like this one.
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(text);
    return label;
}

QLabel *smallLabel(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    return label;
}

} // namespace

DataFormWidget::DataFormWidget(QWidget *parent) : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_layout->setRowWrapPolicy(QFormLayout::WrapLongRows);
}

void DataFormWidget::clear()
{
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear();
}

void DataFormWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (const Row &r : std::as_const(m_rows))
        if (r.editor)
            applyReadOnly(r.editor);
}

void DataFormWidget::applyReadOnly(QWidget *editor) const
{
    // Text stays selectable (addresses, URLs to copy); the other editors are disabled.
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setReadOnly(m_readOnly);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(editor))
        text->setReadOnly(m_readOnly);
    else
        editor->setEnabled(!m_readOnly);
}

void DataFormWidget::setForm(const DataForm &form, const QList<BobData> &data)
{
    clear();
    m_form = form;
    m_data = data;
    if (!form.title.isEmpty()) {
        QLabel *title = plainLabel(form.title, this);
        title->setObjectName(QStringLiteral("formTitle"));
        QFont font = title->font();
        font.setBold(true);
        title->setFont(font);
        m_layout->addRow(title);
    }
    for (const QString &text : form.instructions) {
        QLabel *instructions = plainLabel(text, this);
        instructions->setObjectName(QStringLiteral("formInstructions"));
        m_layout->addRow(instructions);
    }
    bool anyRequired = false;
    for (int i = 0; i < form.fields.size(); ++i) {
        addField(i);
        anyRequired = anyRequired || (form.fields.at(i).required &&
                                      form.fields.at(i).type != Type::Hidden &&
                                      form.fields.at(i).type != Type::Fixed);
    }
    if (anyRequired) {
        QLabel *legend = smallLabel(tr("Fields marked * must be filled in."), this);
        legend->setObjectName(QStringLiteral("requiredLegend"));
        m_layout->addRow(legend);
    }
}

void DataFormWidget::addField(int index)
{
    const DataFormField &field = m_form.fields.at(index);
    Row row;
    row.field = index;
    if (field.type == Type::Hidden) {
        m_rows.append(row); // sent back unchanged (XEP-0004 3.3), never shown
        return;
    }
    if (field.type == Type::Fixed) {
        // Section text: the label (if any) and the values, as the server wrote them.
        QStringList text = field.values;
        if (!field.label.isEmpty())
            text.prepend(field.label);
        QLabel *fixed = plainLabel(text.join(QLatin1Char('\n')), this);
        fixed->setObjectName(QStringLiteral("fixed"));
        m_layout->addRow(fixed);
        m_rows.append(row);
        return;
    }

    auto *cell = new QWidget(this);
    auto *box = new QVBoxLayout(cell);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(2);
    if (QWidget *media = mediaWidget(field, &row))
        box->addWidget(media);
    row.editor = FieldEditor::create(field, cell);
    row.editor->setObjectName(field.var);
    applyReadOnly(row.editor);
    box->addWidget(row.editor);
    // The description under the field: tooltips would take it as rich text.
    if (!field.desc.isEmpty()) {
        QLabel *desc = smallLabel(field.desc, cell);
        desc->setObjectName(QStringLiteral("desc"));
        desc->setForegroundRole(QPalette::PlaceholderText);
        box->addWidget(desc);
        row.editor->setAccessibleDescription(field.desc);
    }
    row.error = plainLabel(QString(), cell);
    row.error->setObjectName(QStringLiteral("error"));
    showAsError(row.error); // the one readable red of every palette
    row.error->hide();
    box->addWidget(row.error);

    const QString name = field.displayName() + (field.required ? QStringLiteral(" *") : QString());
    row.editor->setAccessibleName(field.displayName());
    if (FieldEditor::labelsItself(field)) {
        // A check box says its own label: across the whole row, so one with a long label
        // (which the form would wrap below an empty label cell) lines up with the short ones.
        m_layout->addRow(cell);
    } else {
        // No buddy: a buddy would turn '&' in the server's label into a shortcut.
        QLabel *label = plainLabel(name, this);
        label->setObjectName(QStringLiteral("label"));
        // Short labels stay on one line; only long ones wrap (and push the editor below).
        label->setWordWrap(name.size() > 40);
        m_layout->addRow(label, cell);
    }
    const int rowIndex = m_rows.size();
    FieldEditor::onEdited(row.editor, this, [this, rowIndex] {
        // The problem is gone as soon as the person works on it; checked again on submit.
        if (QLabel *error = m_rows.at(rowIndex).error; error && error->isVisible()) {
            error->clear();
            error->hide();
        }
        Q_EMIT edited();
    });
    m_rows.append(row);
}

QWidget *DataFormWidget::mediaWidget(const DataFormField &field, Row *row)
{
    if (!field.media)
        return nullptr;
    const FormMedia media = FormMedia::load(*field.media, m_data);
    if (!media.image.isNull()) {
        row->media = new QLabel(this);
        row->media->setObjectName(QStringLiteral("media"));
        QPixmap pixmap = QPixmap::fromImage(media.image);
        // XEP-0221 width/height are the size to show it at; keep it within the dialog.
        QSize size = pixmap.size();
        if (field.media->width > 0 && field.media->height > 0)
            size = QSize(field.media->width, field.media->height);
        size = size.boundedTo(QSize(480, 320));
        if (size != pixmap.size())
            pixmap = pixmap.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        row->media->setPixmap(pixmap);
        row->media->setAccessibleName(tr("Picture for %1").arg(field.displayName()));
        return row->media;
    }
    QString text;
    if (!media.webUrl.isEmpty())
        text = tr("The picture for this field is on the web at %1. Charla does not open it by "
                  "itself; open it in a browser if you trust this server.")
                   .arg(media.webUrl);
    else
        text = media.error;
    if (text.isEmpty())
        return nullptr;
    QLabel *note = smallLabel(text, this);
    note->setObjectName(QStringLiteral("mediaNote"));
    return note;
}

DataForm DataFormWidget::filledForm() const
{
    DataForm form = m_form;
    for (const Row &r : m_rows) {
        DataFormField &f = form.fields[r.field];
        f.values = FieldEditor::values(f, r.editor);
    }
    return form;
}

DataForm DataFormWidget::submission() const
{
    return submitFrom(filledForm());
}

bool DataFormWidget::validateAll()
{
    const DataForm form = filledForm();
    QWidget *first = nullptr;
    for (const Row &r : std::as_const(m_rows)) {
        if (!r.error)
            continue;
        DataForm one;
        one.fields = {form.fields.at(r.field)};
        const QStringList problems = charla::validate(one);
        r.error->setText(problems.join(QLatin1Char('\n')));
        r.error->setVisible(!problems.isEmpty());
        if (!problems.isEmpty() && !first)
            first = r.editor;
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return !first;
}

const DataFormWidget::Row *DataFormWidget::row(const QString &var) const
{
    for (const Row &r : m_rows)
        if (m_form.fields.at(r.field).var == var)
            return &r;
    return nullptr;
}

void DataFormWidget::setFieldError(const QString &var, const QString &text)
{
    const Row *r = row(var);
    if (!r || !r->error)
        return;
    r->error->setText(text);
    r->error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        r->editor->setFocus(Qt::OtherFocusReason);
}

QString DataFormWidget::fieldError(const QString &var) const
{
    const Row *r = row(var);
    return r && r->error && !r->error->isHidden() ? r->error->text() : QString();
}

QWidget *DataFormWidget::editor(const QString &var) const
{
    const Row *r = row(var);
    return r ? r->editor : nullptr;
}

QLabel *DataFormWidget::mediaLabel(const QString &var) const
{
    const Row *r = row(var);
    return r ? r->media : nullptr;
}

} // namespace charla
