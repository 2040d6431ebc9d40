// DataFormWidget renders any XEP-0004 form: an editor per field type, required marks, XEP-0122
// problems next to their field in words, server text shown literally (never as HTML), the
// values typed coming back in the type='submit' form, and a XEP-0158 CAPTCHA whose picture
// comes as XEP-0231 data in the same stanza (or a data: URI) and is never fetched.
#include "TestEnv.h"
#include "account/AccountSetup.h"
#include "forms/DataFormWidget.h"
#include "forms/FormMedia.h"
#include "stanza/Element.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTcpServer>
#include <QTest>

using namespace charla;
using Type = DataFormField::Type;

Q_DECLARE_METATYPE(charla::DataFormField::Type)

namespace {

DataFormField field(Type type, const QString &var, const QString &label = QString(),
                    const QStringList &values = {})
{
    DataFormField f;
    f.type = type;
    f.var = var;
    f.label = label;
    f.values = values;
    return f;
}

QByteArray png(int w, int h, QColor color)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

// Every label in the widget: what a person reads.
QStringList shownTexts(const QWidget &w)
{
    QStringList texts;
    for (const QLabel *l : w.findChildren<QLabel *>())
        if (!l->isHidden() && !l->text().isEmpty())
            texts << l->text();
    return texts;
}

void saveGrab(QWidget &w, const QString &name)
{
    w.resize(480, w.sizeHint().height());
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.grab().save(test::outputDir() + QLatin1Char('/') + name));
}

} // namespace

class TestDataFormWidget : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void eachFieldTypeHasItsEditor_data();
    void eachFieldTypeHasItsEditor();
    void requiredFieldsAreMarkedAndSaidNextToTheField();
    void validationProblemsInWords_data();
    void validationProblemsInWords();
    void serverTextIsShownLiterally();
    void filledValuesComeBackInTheSubmission();
    void captchaPictureFromBitsOfBinary();
    void captchaPictureFromDataUri();
    void webPictureIsNamedNotFetched();
    void legacyRegistrationFieldsThroughTheSameWidget();
};

void TestDataFormWidget::eachFieldTypeHasItsEditor_data()
{
    QTest::addColumn<Type>("type");
    QTest::addColumn<QString>("editorClass"); // empty: nothing to edit
    QTest::newRow("boolean") << Type::Boolean << QStringLiteral("QCheckBox");
    QTest::newRow("fixed") << Type::Fixed << QString();
    QTest::newRow("hidden") << Type::Hidden << QString();
    QTest::newRow("jid-single") << Type::JidSingle << QStringLiteral("QLineEdit");
    QTest::newRow("jid-multi") << Type::JidMulti << QStringLiteral("QPlainTextEdit");
    QTest::newRow("list-single") << Type::ListSingle << QStringLiteral("QComboBox");
    QTest::newRow("list-multi") << Type::ListMulti << QStringLiteral("QListWidget");
    QTest::newRow("text-multi") << Type::TextMulti << QStringLiteral("QPlainTextEdit");
    QTest::newRow("text-private") << Type::TextPrivate << QStringLiteral("QLineEdit");
    QTest::newRow("text-single") << Type::TextSingle << QStringLiteral("QLineEdit");
}

void TestDataFormWidget::eachFieldTypeHasItsEditor()
{
    QFETCH(Type, type);
    QFETCH(QString, editorClass);
    DataForm form;
    DataFormField f = field(type, QStringLiteral("f"), QStringLiteral("The field"),
                            {QStringLiteral("a value")});
    f.options = {{QStringLiteral("First"), QStringLiteral("one")},
                 {QStringLiteral("Second"), QStringLiteral("two")}};
    if (type == Type::ListSingle || type == Type::ListMulti)
        f.values = {QStringLiteral("two")};
    form.fields = {f};
    DataFormWidget w;
    w.setForm(form);
    QWidget *editor = w.editor(QStringLiteral("f"));
    if (editorClass.isEmpty()) {
        QVERIFY(!editor);
        // Fixed text is shown as the server wrote it; a hidden field shows nothing at all.
        const bool shown = shownTexts(w).join(QLatin1Char('\n')).contains(QStringLiteral("a value"));
        QCOMPARE(shown, type == Type::Fixed);
        return;
    }
    QVERIFY(editor);
    QCOMPARE(QString::fromLatin1(editor->metaObject()->className()), editorClass);
    QCOMPARE(editor->accessibleName(), QStringLiteral("The field"));
    if (type == Type::TextPrivate)
        QCOMPARE(static_cast<QLineEdit *>(editor)->echoMode(), QLineEdit::Password);
    if (type == Type::ListSingle) {
        auto *combo = static_cast<QComboBox *>(editor);
        QCOMPARE(combo->currentText(), QStringLiteral("Second")); // the label, not the value
        QCOMPARE(combo->count(), 2);
    }
    if (type == Type::ListMulti) {
        auto *list = static_cast<QListWidget *>(editor);
        QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
        QCOMPARE(list->item(1)->checkState(), Qt::Checked);
    }
    // The value it came with is what it gives back untouched.
    const QStringList expected = (type == Type::ListSingle || type == Type::ListMulti)
                                     ? QStringList{QStringLiteral("two")}
                                 : type == Type::Boolean ? QStringList{QStringLiteral("0")}
                                                         : QStringList{QStringLiteral("a value")};
    QCOMPARE(w.filledForm().fields.first().values, expected);
}

void TestDataFormWidget::requiredFieldsAreMarkedAndSaidNextToTheField()
{
    DataForm form;
    DataFormField name = field(Type::TextSingle, QStringLiteral("username"), QStringLiteral("Username"));
    name.required = true;
    DataFormField note = field(Type::TextSingle, QStringLiteral("note"), QStringLiteral("Note"));
    form.fields = {name, note};
    DataFormWidget w;
    w.setForm(form);
    QVERIFY(shownTexts(w).contains(QStringLiteral("Username *")));
    QVERIFY(shownTexts(w).contains(QStringLiteral("Note")));
    QVERIFY(shownTexts(w).contains(QStringLiteral("Fields marked * must be filled in.")));

    QVERIFY(!w.validateAll());
    QCOMPARE(w.fieldError(QStringLiteral("username")), QStringLiteral("\"Username\" is required."));
    QVERIFY(w.fieldError(QStringLiteral("note")).isEmpty());
    // The sentence sits in the username field's own cell, right under its editor.
    QWidget *editor = w.editor(QStringLiteral("username"));
    auto *error = editor->parentWidget()->findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(error && !error->isHidden());
    QCOMPARE(error->textFormat(), Qt::PlainText);
    saveGrab(w, QStringLiteral("dataform-required.png"));

    // Typing makes the sentence go; the form is then valid.
    QTest::keyClicks(editor, QStringLiteral("alice"));
    QVERIFY(w.fieldError(QStringLiteral("username")).isEmpty());
    QVERIFY(w.validateAll());
}

void TestDataFormWidget::validationProblemsInWords_data()
{
    QTest::addColumn<QString>("xml");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("problem"); // empty: accepted
    const QString ns = QStringLiteral("xmlns='http://jabber.org/protocol/xdata-validate'");
    QTest::newRow("integer range, too big")
        << QStringLiteral("<field var='f' type='text-single' label='Age'><validate %1 "
                          "datatype='xs:integer'><range min='1' max='120'/></validate></field>")
               .arg(ns)
        << QStringLiteral("130") << QStringLiteral("120");
    QTest::newRow("integer, not a number")
        << QStringLiteral("<field var='f' type='text-single' label='Age'><validate %1 "
                          "datatype='xs:integer'/></field>")
               .arg(ns)
        << QStringLiteral("ten") << QStringLiteral("Age");
    QTest::newRow("regex mismatch")
        << QStringLiteral("<field var='f' type='text-single' label='Code'><validate %1><regex>"
                          "[0-9]{4}</regex></validate></field>")
               .arg(ns)
        << QStringLiteral("12a4") << QStringLiteral("Code");
    QTest::newRow("regex match") << QStringLiteral("<field var='f' type='text-single' label='Code'>"
                                                   "<validate %1><regex>[0-9]{4}</regex>"
                                                   "</validate></field>")
                                        .arg(ns)
                                 << QStringLiteral("1234") << QString();
    QTest::newRow("jid-single not an address")
        << QStringLiteral("<field var='f' type='jid-single' label='Contact'/>")
        << QStringLiteral("not an @ address@") << QStringLiteral("not a valid address");
}

void TestDataFormWidget::validationProblemsInWords()
{
    QFETCH(QString, xml);
    QFETCH(QString, typed);
    QFETCH(QString, problem);
    const Element x = Element::fromXml(QStringLiteral("<x xmlns='jabber:x:data' type='form'>") +
                                       xml + QStringLiteral("</x>"));
    const auto form = DataForm::fromElement(x);
    QVERIFY(form);
    DataFormWidget w;
    w.setForm(*form);
    auto *edit = qobject_cast<QLineEdit *>(w.editor(QStringLiteral("f")));
    QVERIFY(edit);
    QTest::keyClicks(edit, typed);
    QCOMPARE(w.validateAll(), problem.isEmpty());
    const QString shown = w.fieldError(QStringLiteral("f"));
    if (problem.isEmpty()) {
        QVERIFY(shown.isEmpty());
    } else {
        QVERIFY2(shown.contains(problem), qPrintable(shown));
        QVERIFY(shown.endsWith(QLatin1Char('.'))); // a sentence, not an enum name
    }
}

void TestDataFormWidget::serverTextIsShownLiterally()
{
    const QString evil = QStringLiteral("<b>Name</b><script>alert(1)</script>");
    DataForm form;
    form.title = QStringLiteral("<h1>Title</h1>");
    form.instructions = {QStringLiteral("<a href='http://evil'>click</a> & <i>fill</i>")};
    DataFormField text = field(Type::TextSingle, QStringLiteral("t"), evil);
    text.desc = QStringLiteral("<img src='http://evil/x.png'>");
    DataFormField box = field(Type::Boolean, QStringLiteral("b"), QStringLiteral("<u>Agree</u> & go"));
    DataFormField list = field(Type::ListSingle, QStringLiteral("l"), QStringLiteral("Pick"));
    list.options = {{QStringLiteral("<b>bold</b>"), QStringLiteral("x")}};
    DataFormField fixed = field(Type::Fixed, QString(), QString(), {QStringLiteral("<hr>fixed")});
    form.fields = {text, box, list, fixed};
    DataFormWidget w;
    w.setForm(form);

    // Every label is plain text, and the tags are there to be read.
    const QList<QLabel *> labels = w.findChildren<QLabel *>();
    for (const QLabel *l : labels)
        QCOMPARE(l->textFormat(), Qt::PlainText);
    const QStringList texts = shownTexts(w);
    QVERIFY(texts.contains(evil));
    QVERIFY(texts.contains(QStringLiteral("<h1>Title</h1>")));
    QVERIFY(texts.contains(QStringLiteral("<a href='http://evil'>click</a> & <i>fill</i>")));
    QVERIFY(texts.contains(QStringLiteral("<img src='http://evil/x.png'>")));
    QVERIFY(texts.contains(QStringLiteral("<hr>fixed")));
    // No tooltip could take it as rich text.
    for (const QWidget *child : w.findChildren<QWidget *>())
        QVERIFY(child->toolTip().isEmpty());
    // A check box shows its '&' (no stray shortcut) and its tags.
    auto *check = qobject_cast<QCheckBox *>(w.editor(QStringLiteral("b")));
    QCOMPARE(check->text(), QStringLiteral("<u>Agree</u> && go"));
    auto *combo = qobject_cast<QComboBox *>(w.editor(QStringLiteral("l")));
    QCOMPARE(combo->itemText(combo->findData(QStringLiteral("x"))), QStringLiteral("<b>bold</b>"));
    saveGrab(w, QStringLiteral("dataform-html-literal.png"));
}

void TestDataFormWidget::filledValuesComeBackInTheSubmission()
{
    DataForm form;
    form.fields = {
        field(Type::Hidden, QStringLiteral("FORM_TYPE"), {}, {QStringLiteral("urn:example")}),
        field(Type::Fixed, QString(), {}, {QStringLiteral("Section")}),
        field(Type::Boolean, QStringLiteral("agree"), QStringLiteral("Agree")),
        field(Type::TextSingle, QStringLiteral("name"), QStringLiteral("Name")),
        field(Type::TextPrivate, QStringLiteral("secret"), QStringLiteral("Secret")),
        field(Type::TextMulti, QStringLiteral("bio"), QStringLiteral("About you")),
        field(Type::JidSingle, QStringLiteral("buddy"), QStringLiteral("Buddy")),
        field(Type::JidMulti, QStringLiteral("friends"), QStringLiteral("Friends")),
        field(Type::ListSingle, QStringLiteral("colour"), QStringLiteral("Colour")),
        field(Type::ListMulti, QStringLiteral("langs"), QStringLiteral("Languages")),
    };
    form.fields[8].options = {{QStringLiteral("Red"), QStringLiteral("r")},
                              {QStringLiteral("Green"), QStringLiteral("g")}};
    form.fields[9].options = {{QStringLiteral("English"), QStringLiteral("en")},
                              {QStringLiteral("Spanish"), QStringLiteral("es")},
                              {QStringLiteral("Basque"), QStringLiteral("eu")}};
    DataFormWidget w;
    w.setForm(form);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));

    QTest::mouseClick(w.editor(QStringLiteral("agree")), Qt::LeftButton, {},
                      QPoint(8, w.editor(QStringLiteral("agree"))->height() / 2));
    QTest::keyClicks(w.editor(QStringLiteral("name")), QStringLiteral("  Alice Liddell "));
    QTest::keyClicks(w.editor(QStringLiteral("secret")), QStringLiteral(" p4ss "));
    QTest::keyClicks(w.editor(QStringLiteral("bio")), QStringLiteral("line one"));
    QTest::keyClick(w.editor(QStringLiteral("bio")), Qt::Key_Return);
    QTest::keyClicks(w.editor(QStringLiteral("bio")), QStringLiteral("line two"));
    QTest::keyClicks(w.editor(QStringLiteral("buddy")), QStringLiteral("bob@example.org"));
    auto *friends = static_cast<QPlainTextEdit *>(w.editor(QStringLiteral("friends")));
    friends->setPlainText(QStringLiteral("carol@example.org\n\n  dave@example.org  \n"));
    auto *colour = static_cast<QComboBox *>(w.editor(QStringLiteral("colour")));
    colour->setCurrentIndex(colour->findText(QStringLiteral("Green")));
    auto *langs = static_cast<QListWidget *>(w.editor(QStringLiteral("langs")));
    langs->item(0)->setCheckState(Qt::Checked);
    langs->item(2)->setCheckState(Qt::Checked);

    QVERIFY(w.validateAll());
    const DataForm sent = w.submission();
    QCOMPARE(sent.type, DataForm::Type::Submit);
    QCOMPARE(sent.value(QStringLiteral("FORM_TYPE")), QStringLiteral("urn:example"));
    QCOMPARE(sent.indexOf(QString()), -1); // the fixed text is not sent back
    QCOMPARE(sent.value(QStringLiteral("agree")), QStringLiteral("1"));
    QCOMPARE(sent.value(QStringLiteral("name")), QStringLiteral("Alice Liddell"));
    QCOMPARE(sent.value(QStringLiteral("secret")), QStringLiteral(" p4ss ")); // as typed
    QCOMPARE(sent.field(QStringLiteral("bio"))->values,
             QStringList({QStringLiteral("line one"), QStringLiteral("line two")}));
    QCOMPARE(sent.value(QStringLiteral("buddy")), QStringLiteral("bob@example.org"));
    QCOMPARE(sent.field(QStringLiteral("friends"))->values,
             QStringList({QStringLiteral("carol@example.org"), QStringLiteral("dave@example.org")}));
    QCOMPARE(sent.value(QStringLiteral("colour")), QStringLiteral("g"));
    QCOMPARE(sent.field(QStringLiteral("langs"))->values,
             QStringList({QStringLiteral("en"), QStringLiteral("eu")}));
    // And through the wire format, as the server reads it.
    const auto parsed = DataForm::fromElement(sent.toElement());
    QVERIFY(parsed);
    QCOMPARE(parsed->value(QStringLiteral("colour")), QStringLiteral("g"));
    saveGrab(w, QStringLiteral("dataform-all-types.png"));
}

void TestDataFormWidget::captchaPictureFromBitsOfBinary()
{
    // XEP-0158 4 with XEP-0231: the picture travels with the form in the same stanza.
    const QByteArray image = png(150, 60, QColor(0x20, 0x60, 0xa0));
    const QString cid = QStringLiteral("sha1+%1@bob.xmpp.org")
                            .arg(QString::fromLatin1(
                                QCryptographicHash::hash(image, QCryptographicHash::Sha1).toHex()));
    const QString xml = QStringLiteral(
        "<query xmlns='jabber:iq:register'>"
        "<instructions>Type the letters.</instructions>"
        "<x xmlns='jabber:x:data' type='form'>"
        "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:captcha</value></field>"
        "<field var='challenge' type='hidden'><value>F3A6292C</value></field>"
        "<field var='username' type='text-single' label='Username'><required/></field>"
        "<field var='ocr' label='Enter the text you see'>"
        "<media xmlns='urn:xmpp:media-element' height='80' width='290'>"
        "<uri type='image/png'>cid:%1</uri></media><required/></field>"
        "</x>"
        "<data xmlns='urn:xmpp:bob' cid='%1' type='image/png' max-age='0'>%2</data>"
        "</query>")
                            .arg(cid, QString::fromLatin1(image.toBase64()));
    const auto answer = RegistrationForm::fromQuery(Element::fromXml(xml));
    QVERIFY(answer && answer->form);
    QCOMPARE(answer->data.size(), 1);
    DataFormWidget w;
    w.setForm(AccountSetup::formFor(*answer), answer->data);
    QLabel *picture = w.mediaLabel(QStringLiteral("ocr"));
    QVERIFY(picture);
    // Shown at the media element's size (290x80), the picture's proportions kept.
    const QPixmap shown = picture->pixmap();
    QVERIFY(!shown.isNull());
    QCOMPARE(shown.height(), 80);
    QCOMPARE(shown.width(), 200);
    QCOMPARE(shown.toImage().pixelColor(100, 40), QColor(0x20, 0x60, 0xa0));
    QVERIFY(w.editor(QStringLiteral("ocr")));
    QVERIFY(!w.editor(QStringLiteral("challenge")));
    saveGrab(w, QStringLiteral("dataform-captcha.png"));

    QTest::keyClicks(w.editor(QStringLiteral("username")), QStringLiteral("alice"));
    QTest::keyClicks(w.editor(QStringLiteral("ocr")), QStringLiteral("7nHL3"));
    const DataForm sent = w.submission();
    QCOMPARE(sent.value(QStringLiteral("challenge")), QStringLiteral("F3A6292C"));
    QCOMPARE(sent.value(QStringLiteral("ocr")), QStringLiteral("7nHL3"));

    // Data whose bytes do not hash to its cid is not shown (XEP-0231 2).
    const QString forgedXml = QString(xml).replace(QString::fromLatin1(image.toBase64()),
                                                   QString::fromLatin1(png(150, 60, Qt::red).toBase64()));
    const auto forged = RegistrationForm::fromQuery(Element::fromXml(forgedXml));
    QVERIFY(forged);
    DataFormWidget other;
    other.setForm(AccountSetup::formFor(*forged), forged->data);
    QVERIFY(!other.mediaLabel(QStringLiteral("ocr")));
    QVERIFY(shownTexts(other).contains(
        QStringLiteral("The server refers to a picture it did not send.")));
}

void TestDataFormWidget::captchaPictureFromDataUri()
{
    DataFormField ocr = field(Type::TextSingle, QStringLiteral("ocr"), QStringLiteral("Letters"));
    DataFormMedia media;
    media.uris = {{QStringLiteral("image/png"),
                   QStringLiteral("data:image/png;base64,") +
                       QString::fromLatin1(png(40, 20, Qt::darkGreen).toBase64())}};
    ocr.media = media;
    DataForm form;
    form.fields = {ocr};
    DataFormWidget w;
    w.setForm(form);
    QLabel *picture = w.mediaLabel(QStringLiteral("ocr"));
    QVERIFY(picture);
    QCOMPARE(picture->pixmap().size(), QSize(40, 20));

    // A picture too large to be a CAPTCHA is refused from its header, before it is decoded.
    ocr.media->uris = {{QStringLiteral("image/png"),
                        QStringLiteral("data:image/png;base64,") +
                            QString::fromLatin1(png(5000, 10, Qt::black).toBase64())}};
    form.fields = {ocr};
    w.setForm(form);
    QVERIFY(!w.mediaLabel(QStringLiteral("ocr")));
    QVERIFY(shownTexts(w).contains(QStringLiteral("The server sent a picture too large to show.")));
}

void TestDataFormWidget::webPictureIsNamedNotFetched()
{
    DataFormField ocr = field(Type::TextSingle, QStringLiteral("ocr"), QStringLiteral("Letters"));
    // A web server on loopback that would notice the fetch.
    QTcpServer web;
    QVERIFY(web.listen(QHostAddress::LocalHost));
    const QString url = QStringLiteral("http://127.0.0.1:%1/c.png").arg(web.serverPort());
    DataFormMedia media;
    media.uris = {{QStringLiteral("image/png"), url}};
    ocr.media = media;
    DataForm form;
    form.fields = {ocr};
    DataFormWidget w;
    w.setForm(form);
    QVERIFY(!w.mediaLabel(QStringLiteral("ocr")));
    const QString shown = shownTexts(w).join(QLatin1Char('\n'));
    QVERIFY2(shown.contains(url), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("does not open it by itself")));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(!web.waitForNewConnection(500));
}

void TestDataFormWidget::legacyRegistrationFieldsThroughTheSameWidget()
{
    // XEP-0077 3.1, a server without data forms: instructions and the fields it requires.
    const auto answer = RegistrationForm::fromQuery(Element::fromXml(QStringLiteral(
        "<query xmlns='jabber:iq:register'><instructions>Choose a username and password "
        "for use with this service. Please also provide your email address.</instructions>"
        "<username/><password/><email/><key>abc123</key></query>")));
    QVERIFY(answer && !answer->form);
    const DataForm form = AccountSetup::formFor(*answer);
    DataFormWidget w;
    w.setForm(form);
    QVERIFY(shownTexts(w).contains(QStringLiteral("Username *")));
    QVERIFY(shownTexts(w).contains(QStringLiteral("Password *")));
    QVERIFY(shownTexts(w).contains(QStringLiteral("Email address *")));
    QVERIFY(shownTexts(w).join(QLatin1Char(' ')).contains(QStringLiteral("Choose a username")));
    QVERIFY(!w.editor(QStringLiteral("key"))); // XEP-0077 7: sent back, never shown
    QCOMPARE(static_cast<QLineEdit *>(w.editor(QStringLiteral("password")))->echoMode(),
             QLineEdit::Password);
    QVERIFY(!w.validateAll());
    QTest::keyClicks(w.editor(QStringLiteral("username")), QStringLiteral("bill"));
    QTest::keyClicks(w.editor(QStringLiteral("password")), QStringLiteral("Calliope"));
    QTest::keyClicks(w.editor(QStringLiteral("email")), QStringLiteral("bard@shakespeare.lit"));
    QVERIFY(w.validateAll());
    const DataForm filled = w.filledForm();
    QCOMPARE(filled.value(QStringLiteral("username")), QStringLiteral("bill"));
    QCOMPARE(filled.value(QStringLiteral("key")), QStringLiteral("abc123"));
    saveGrab(w, QStringLiteral("dataform-legacy.png"));
}

QTEST_MAIN(TestDataFormWidget)
#include "tst_dataformwidget.moc"
