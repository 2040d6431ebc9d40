#pragma once

#include "stanza/DataForm.h"

#include <QStringList>

#include <functional>

class QObject;

class QWidget;

namespace charla {

/// The input widget for one data-form field (XEP-0004 3.3), and reading its values back: the
/// per-type half of DataFormWidget. Every text from the server goes into plain-text widgets.
namespace FieldEditor {

/// A new editor for @p field filled with its values, or null for fixed and hidden fields
/// (nothing to edit). Boolean: QCheckBox; text-single, text-private, jid-single: QLineEdit;
/// text-multi, jid-multi: QPlainTextEdit (one value a line); list-single: QComboBox (editable
/// when XEP-0122 <open/> allows values that are not options); list-multi: QListWidget with
/// check boxes.
QWidget *create(const DataFormField &field, QWidget *parent);

/// The values @p editor (made by create() for @p field) holds now, in XEP-0004 form: "1"/"0"
/// for booleans, one entry per line for multi-line fields, empty lines dropped.
QStringList values(const DataFormField &field, const QWidget *editor);

/// True when @p field is shown as a check box that carries its own label.
bool labelsItself(const DataFormField &field);

/// Calls @p onChange whenever the person edits @p editor.
void onEdited(QWidget *editor, QObject *context, const std::function<void()> &onChange);

} // namespace FieldEditor

} // namespace charla
