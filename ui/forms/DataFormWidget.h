#pragma once

#include "stanza/DataForm.h"
#include "stream/Registration.h"

#include <QList>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace charla {

/// Renders any data form (XEP-0004) for a person to fill in: account registration, CAPTCHAs
/// (XEP-0158), ad-hoc commands, room configuration. Every field type has its editor
/// (FieldEditor); required fields are marked; a field's description is shown under it; a
/// field's XEP-0122 problems are said next to it in words; XEP-0221 pictures come from the
/// stanza's own data (FormMedia), never from the network.
///
/// All text from the server is shown as plain text: a label like `<b>x</b>` shows its tags.
class DataFormWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DataFormWidget(QWidget *parent = nullptr);

    /// Shows @p form; @p data is the XEP-0231 data that came with it (CAPTCHA pictures).
    void setForm(const DataForm &form, const QList<BobData> &data = {});
    /// The form as given to setForm().
    const DataForm &form() const { return m_form; }
    /// The form with the values the person entered (still type 'form').
    DataForm filledForm() const;
    /// The answer to send: filledForm() as XEP-0004 type 'submit' (vars and values only).
    DataForm submission() const;

    /// Checks every field (required, datatype, XEP-0122), shows each problem next to its
    /// field and focuses the first one; true when there is none.
    bool validateAll();
    /// Shows @p text next to the field @p var (e.g. the server's refusal); empty clears it.
    void setFieldError(const QString &var, const QString &text);
    /// The problem shown next to @p var, empty when none.
    QString fieldError(const QString &var) const;
    /// The editor of @p var, null for fixed, hidden or unknown fields (tests, focus).
    QWidget *editor(const QString &var) const;
    /// Shows the values without letting them be edited (XEP-0128 extended information, result
    /// forms); applies to the current form and later ones.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    /// The picture shown for @p var's media, null when none.
    QLabel *mediaLabel(const QString &var) const;

Q_SIGNALS:
    /// The person changed a value.
    void edited();

private:
    struct Row
    {
        int field = -1; ///< index in m_form.fields
        QWidget *editor = nullptr;
        QLabel *error = nullptr;
        QLabel *media = nullptr;
    };
    void clear();
    void addField(int index);
    void applyReadOnly(QWidget *editor) const;
    QWidget *mediaWidget(const DataFormField &field, Row *row);
    const Row *row(const QString &var) const;

    DataForm m_form;
    QList<BobData> m_data;
    QList<Row> m_rows;
    QFormLayout *m_layout = nullptr;
    bool m_readOnly = false;
};

} // namespace charla
