// Data forms (XEP-0004) with validation (XEP-0122) and media (XEP-0221): XML -> value -> XML for
// every field type, the submission a form turns into, and the sentences validate() says to the
// person filling a form in.
#include "stanza/DataForm.h"
#include "stanza/Element.h"

#include <QElapsedTimer>
#include <QTest>

using namespace charla;

namespace {

using Type = DataFormField::Type;

Element xml(const QString &text)
{
    QString error;
    const Element e = Element::fromXml(text, &error);
    if (e.isNull())
        qWarning("not well formed: %s", qPrintable(error));
    return e;
}

/// `<x xmlns='jabber:x:data' type='form'>` around @p inner.
QString form(const char *inner, const char *type = "form")
{
    return QStringLiteral("<x xmlns='jabber:x:data' type='") + QLatin1String(type) +
           QStringLiteral("'>") + QString::fromUtf8(inner) + QStringLiteral("</x>");
}

DataFormField field(Type type, const QString &var, const QStringList &values = {})
{
    DataFormField f;
    f.type = type;
    f.var = var;
    f.values = values;
    return f;
}

DataForm formWith(const QList<DataFormField> &fields, DataForm::Type type = DataForm::Type::Form)
{
    DataForm f;
    f.type = type;
    f.fields = fields;
    return f;
}

} // namespace

class TestDataForm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codec_data();
    void codec();
    void severalValidationMethodsFirstCounts();
    void unknownFieldTypeIsTextSingle();
    void notAForm_data();
    void notAForm();
    void accessors();
    void submitFrom();
    void submitFromResultAndEmptyValues();
    void validate_data();
    void validate();
    void pathologicalRegexIsBounded();
};

void TestDataForm::codec_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<DataForm>("expected");

    {
        DataFormField f = field(Type::Boolean, QStringLiteral("muc#roomconfig_publicroom"),
                                {QStringLiteral("1")});
        f.label = QStringLiteral("Public room");
        QTest::newRow("boolean")
            << form("<field var='muc#roomconfig_publicroom' type='boolean' label='Public room'>"
                    "<value>1</value></field>")
            << formWith({f});
    }
    {
        DataFormField f = field(Type::Fixed, QString(), {QStringLiteral("Section 1: Bot Info")});
        QTest::newRow("fixed-without-var")
            << form("<field type='fixed'><value>Section 1: Bot Info</value></field>")
            << formWith({f});
    }
    {
        DataFormField f =
            field(Type::Hidden, QStringLiteral("FORM_TYPE"), {QStringLiteral("jabber:bot")});
        QTest::newRow("hidden")
            << form("<field var='FORM_TYPE' type='hidden'><value>jabber:bot</value></field>")
            << formWith({f});
    }
    {
        DataFormField f =
            field(Type::JidMulti, QStringLiteral("invitelist"),
                  {QStringLiteral("juliet@capulet.lit"), QStringLiteral("benvolio@montague.lit")});
        f.label = QStringLiteral("People to invite");
        f.desc = QStringLiteral("Tell all your friends about your new bot!");
        QTest::newRow("jid-multi")
            << form("<field var='invitelist' type='jid-multi' label='People to invite'>"
                    "<desc>Tell all your friends about your new bot!</desc>"
                    "<value>juliet@capulet.lit</value><value>benvolio@montague.lit</value>"
                    "</field>")
            << formWith({f});
    }
    {
        DataFormField f =
            field(Type::JidSingle, QStringLiteral("owner"), {QStringLiteral("romeo@montague.lit")});
        f.required = true;
        QTest::newRow("jid-single-required")
            << form("<field var='owner' type='jid-single'><required/>"
                    "<value>romeo@montague.lit</value></field>")
            << formWith({f});
    }
    {
        DataFormField f = field(Type::ListMulti, QStringLiteral("features"),
                                {QStringLiteral("news"), QStringLiteral("search")});
        f.label = QStringLiteral("Features?");
        f.options = {{QStringLiteral("Contests"), QStringLiteral("contests")},
                     {QStringLiteral("News"), QStringLiteral("news")},
                     {QStringLiteral("Search"), QStringLiteral("search")}};
        QTest::newRow("list-multi")
            << form("<field var='features' type='list-multi' label='Features?'>"
                    "<value>news</value><value>search</value>"
                    "<option label='Contests'><value>contests</value></option>"
                    "<option label='News'><value>news</value></option>"
                    "<option label='Search'><value>search</value></option></field>")
            << formWith({f});
    }
    {
        DataFormField f =
            field(Type::ListSingle, QStringLiteral("maxsubs"), {QStringLiteral("20")});
        f.options = {{QStringLiteral("10"), QStringLiteral("10")},
                     {QString(), QStringLiteral("20")}};
        QTest::newRow("list-single-option-without-label")
            << form("<field var='maxsubs' type='list-single'><value>20</value>"
                    "<option label='10'><value>10</value></option>"
                    "<option><value>20</value></option></field>")
            << formWith({f});
    }
    {
        DataFormField f =
            field(Type::TextMulti, QStringLiteral("description"),
                  {QStringLiteral("First line"), QString(), QStringLiteral("Third line")});
        QTest::newRow("text-multi-with-empty-line")
            << form("<field var='description' type='text-multi'><value>First line</value>"
                    "<value/><value>Third line</value></field>")
            << formWith({f});
    }
    {
        DataFormField f = field(Type::TextPrivate, QStringLiteral("password"));
        f.label = QStringLiteral("Password");
        f.required = true;
        QTest::newRow("text-private-empty")
            << form("<field var='password' type='text-private' label='Password'><required/>"
                    "</field>")
            << formWith({f});
    }
    {
        DataFormField f = field(Type::TextSingle, QStringLiteral("botname"),
                                {QStringLiteral("The Jabber Google Bot")});
        QTest::newRow("text-single") << form("<field var='botname' type='text-single'>"
                                             "<value>The Jabber Google Bot</value></field>")
                                     << formWith({f});
    }
    {
        DataFormField f = field(Type::TextSingle, QStringLiteral("botname"), {QStringLiteral("x")});
        f.typeOmitted = true;
        QTest::newRow("submit-without-type")
            << form("<field var='botname'><value>x</value></field>", "submit")
            << formWith({f}, DataForm::Type::Submit);
    }
    {
        DataFormField f = field(Type::TextSingle, QStringLiteral("age"));
        DataFormValidation v;
        v.datatype = QStringLiteral("xs:integer");
        v.method = DataFormValidation::Method::Range;
        v.rangeMin = QStringLiteral("18");
        v.rangeMax = QStringLiteral("120");
        f.validation = v;
        QTest::newRow("validate-range")
            << form("<field var='age' type='text-single'>"
                    "<validate xmlns='http://jabber.org/protocol/xdata-validate' "
                    "datatype='xs:integer'><range min='18' max='120'/></validate></field>")
            << formWith({f});
    }
    {
        DataFormField f = field(Type::TextSingle, QStringLiteral("ssn"));
        DataFormValidation v;
        v.method = DataFormValidation::Method::Regex;
        v.regex = QStringLiteral("([0-9]{3})-([0-9]{2})-([0-9]{4})");
        f.validation = v;
        QTest::newRow("validate-regex")
            << form("<field var='ssn' type='text-single'>"
                    "<validate xmlns='http://jabber.org/protocol/xdata-validate' "
                    "datatype='xs:string'><regex>([0-9]{3})-([0-9]{2})-([0-9]{4})</regex>"
                    "</validate></field>")
            << formWith({f});
    }
    {
        DataFormField f = field(Type::ListMulti, QStringLiteral("langs"));
        f.options = {{QStringLiteral("English"), QStringLiteral("en")}};
        DataFormValidation v;
        v.datatype = QStringLiteral("xs:language");
        v.method = DataFormValidation::Method::Open;
        v.hasListRange = true;
        v.listMin = 1;
        v.listMax = 3;
        f.validation = v;
        QTest::newRow("validate-open-list-range")
            << form("<field var='langs' type='list-multi'>"
                    "<option label='English'><value>en</value></option>"
                    "<validate xmlns='http://jabber.org/protocol/xdata-validate' "
                    "datatype='xs:language'><open/><list-range min='1' max='3'/></validate>"
                    "</field>")
            << formWith({f});
    }
    {
        DataFormField f = field(Type::TextSingle, QStringLiteral("ocr"));
        f.label = QStringLiteral("Enter the text you see");
        f.required = true;
        DataFormMedia m;
        m.width = 290;
        m.height = 80;
        m.uris = {
            {QStringLiteral("image/png"),
             QStringLiteral("cid:sha1+f24030b8d91d233bac14777be5ab531ca3b9f102@bob.xmpp.org")},
            {QStringLiteral("audio/x-wav"),
             QStringLiteral("http://example.org/challenges/speech.wav?F3A6292C")}};
        f.media = m;
        QTest::newRow("media-captcha")
            << form("<field var='ocr' type='text-single' label='Enter the text you see'>"
                    "<required/><media xmlns='urn:xmpp:media-element' height='80' width='290'>"
                    "<uri type='image/png'>"
                    "cid:sha1+f24030b8d91d233bac14777be5ab531ca3b9f102@bob.xmpp.org</uri>"
                    "<uri type='audio/x-wav'>http://example.org/challenges/speech.wav?F3A6292C"
                    "</uri></media></field>")
            << formWith({f});
    }
    {
        DataForm f;
        f.type = DataForm::Type::Form;
        f.title = QStringLiteral("Bot Configuration");
        f.instructions = {QStringLiteral("Fill out this form to configure your new bot!"),
                          QStringLiteral("Then press submit.")};
        f.fields = {field(Type::TextSingle, QStringLiteral("botname"))};
        QTest::newRow("title-and-two-instructions")
            << form("<title>Bot Configuration</title>"
                    "<instructions>Fill out this form to configure your new bot!</instructions>"
                    "<instructions>Then press submit.</instructions>"
                    "<field var='botname' type='text-single'/>")
            << f;
    }
    {
        DataForm f;
        f.type = DataForm::Type::Result;
        f.title = QStringLiteral("Search results");
        DataFormField name = field(Type::TextSingle, QStringLiteral("name"));
        name.label = QStringLiteral("Name");
        DataFormField jid = field(Type::JidSingle, QStringLiteral("jid"));
        jid.label = QStringLiteral("JID");
        f.reported = {name, jid};
        auto cell = [](const QString &var, const QString &value) {
            DataFormField c = field(Type::TextSingle, var, {value});
            c.typeOmitted = true;
            return c;
        };
        f.items = {{cell(QStringLiteral("name"), QStringLiteral("Juliet Capulet")),
                    cell(QStringLiteral("jid"), QStringLiteral("juliet@capulet.com"))},
                   {cell(QStringLiteral("name"), QStringLiteral("Tybalt")),
                    cell(QStringLiteral("jid"), QStringLiteral("tybalt@capulet.com"))}};
        QTest::newRow("result-reported-items")
            << form("<title>Search results</title>"
                    "<reported><field var='name' type='text-single' label='Name'/>"
                    "<field var='jid' type='jid-single' label='JID'/></reported>"
                    "<item><field var='name'><value>Juliet Capulet</value></field>"
                    "<field var='jid'><value>juliet@capulet.com</value></field></item>"
                    "<item><field var='name'><value>Tybalt</value></field>"
                    "<field var='jid'><value>tybalt@capulet.com</value></field></item>",
                    "result")
            << f;
    }
    QTest::newRow("cancel") << form("", "cancel") << formWith({}, DataForm::Type::Cancel);
}

void TestDataForm::codec()
{
    QFETCH(QString, input);
    QFETCH(DataForm, expected);
    const Element in = xml(input);
    QVERIFY(!in.isNull());
    const std::optional<DataForm> parsed = DataForm::fromElement(in);
    QVERIFY(parsed);
    QCOMPARE(*parsed, expected);
    // value -> XML is the same XML (children in XEP-0004's order), and back to the same value.
    const Element written = expected.toElement();
    QVERIFY2(written == in, written.toXml().constData());
    QCOMPARE(*DataForm::fromElement(Element::fromXml(written.toXml())), expected);
}

void TestDataForm::severalValidationMethodsFirstCounts()
{
    // XEP-0122 allows one method; with several the first counts. Found by fuzz_dataform: a
    // later <regex/> took over the method but kept the range's bounds, so the form Charla wrote
    // back (and would submit) differed from the one it read.
    const auto f = DataForm::fromElement(
        xml(form("<field var='when' type='text-single'>"
                 "<validate xmlns='http://jabber.org/protocol/xdata-validate' "
                 "datatype='xs:dateTime'><range min='zz' max=''/><regex>(a+)+$</regex>"
                 "</validate></field>")));
    QVERIFY(f);
    const DataFormValidation &v = f->fields.first().validation.value();
    QCOMPARE(v.method, DataFormValidation::Method::Range);
    QCOMPARE(v.rangeMin, QStringLiteral("zz"));
    QVERIFY(v.regex.isEmpty());
    QCOMPARE(*DataForm::fromElement(f->toElement()), *f);
}

void TestDataForm::unknownFieldTypeIsTextSingle()
{
    // XEP-0004 3.3: a type the receiver does not understand is text-single.
    const auto f = DataForm::fromElement(
        xml(form("<field var='color' type='x-colour-picker'><value>red</value></field>")));
    QVERIFY(f);
    QCOMPARE(f->fields.size(), 1);
    QCOMPARE(f->fields.first().type, Type::TextSingle);
    QVERIFY(!f->fields.first().typeOmitted);
    QCOMPARE(f->fields.first().value(), QStringLiteral("red"));
}

void TestDataForm::notAForm_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("wrong-namespace") << QStringLiteral("<x xmlns='jabber:x:oob' type='form'/>");
    QTest::newRow("wrong-name") << QStringLiteral("<form xmlns='jabber:x:data' type='form'/>");
    QTest::newRow("unknown-type") << QStringLiteral("<x xmlns='jabber:x:data' type='error'/>");
}

void TestDataForm::notAForm()
{
    QFETCH(QString, input);
    QVERIFY(!DataForm::fromElement(xml(input)));
}

void TestDataForm::accessors()
{
    auto f = DataForm::fromElement(
        xml(form("<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:captcha</value></field>"
                 "<field var='public' type='boolean'><value>true</value></field>"
                 "<field var='hidden' type='boolean'><value>0</value></field>"
                 "<field var='unset' type='boolean'/>"
                 "<field var='list' type='list-single'><option><value/></option>"
                 "<option label='no value'/></field>")));
    QVERIFY(f);
    QCOMPARE(f->formType(), QStringLiteral("urn:xmpp:captcha"));
    QVERIFY(f->field(QStringLiteral("public"))->isChecked());
    QVERIFY(!f->field(QStringLiteral("hidden"))->isChecked());
    QVERIFY(!f->field(QStringLiteral("unset"))->isChecked()); // XEP-0004 3.3: default false
    // XEP-0004 3.2: an option MUST have a <value/>; one without is not an option.
    QCOMPARE(f->field(QStringLiteral("list"))->options.size(), 1);
    QVERIFY(!f->field(QStringLiteral("missing")));
    QCOMPARE(f->indexOf(QStringLiteral("unset")), 3);
    QVERIFY(f->setValue(QStringLiteral("unset"), QStringLiteral("1")));
    QVERIFY(f->field(QStringLiteral("unset"))->isChecked());
    QVERIFY(!f->setValue(QStringLiteral("missing"), QStringLiteral("1")));
    QCOMPARE(field(Type::TextSingle, QStringLiteral("x")).displayName(), QStringLiteral("x"));
}

void TestDataForm::submitFrom()
{
    // The registration form of XEP-0077 6 with a CAPTCHA (XEP-0158), as a person filled it in.
    auto filled = DataForm::fromElement(xml(form(
        "<title>Creating a new account</title>"
        "<instructions>Choose a username and password.</instructions>"
        "<field var='FORM_TYPE' type='hidden'><value>urn:xmpp:captcha</value></field>"
        "<field type='fixed'><value>If you cannot see the image, use the web page.</value></field>"
        "<field var='username' type='text-single' label='Username'><required/>"
        "<value>juliet</value></field>"
        "<field var='password' type='text-private' label='Password'><required/>"
        "<value>R0m30 !</value></field>"
        "<field var='gender' type='list-single' label='Gender'><value>F</value>"
        "<option label='Male'><value>M</value></option>"
        "<option label='Female'><value>F</value></option></field>"
        "<field var='about' type='text-multi'><value>Line one\r\nLine two</value></field>"
        "<field var='challenge' type='hidden'><value>F3A6292C</value></field>"
        "<field var='ocr' type='text-single'><media xmlns='urn:xmpp:media-element'>"
        "<uri type='image/png'>cid:x@bob.xmpp.org</uri></media><value>7Xk2</value></field>")));
    QVERIFY(filled);
    const DataForm submit = charla::submitFrom(*filled);
    QCOMPARE(submit.type, DataForm::Type::Submit);
    const Element expected =
        xml(form("<field var='FORM_TYPE'><value>urn:xmpp:captcha</value></field>"
                 "<field var='username'><value>juliet</value></field>"
                 "<field var='password'><value>R0m30 !</value></field>"
                 "<field var='gender'><value>F</value></field>"
                 "<field var='about'><value>Line one</value><value>Line two</value></field>"
                 "<field var='challenge'><value>F3A6292C</value></field>"
                 "<field var='ocr'><value>7Xk2</value></field>",
                 "submit"));
    QVERIFY2(submit.toElement() == expected, submit.toElement().toXml().constData());
    QVERIFY(charla::validate(*filled).isEmpty());
}

void TestDataForm::submitFromResultAndEmptyValues()
{
    // Empty optional fields still go back (XEP-0004 3.6: "unsetting" needs the field present).
    const DataForm f =
        formWith({field(Type::TextSingle, QStringLiteral("nick")),
                  field(Type::Boolean, QStringLiteral("public"), {QStringLiteral("0")})});
    const DataForm s = charla::submitFrom(f);
    QCOMPARE(s.fields.size(), 2);
    QVERIFY(s.fields.at(0).values.isEmpty());
    QCOMPARE(s.fields.at(1).values, QStringList{QStringLiteral("0")});
    QVERIFY(s.title.isEmpty());
    QVERIFY(s.instructions.isEmpty());
}

void TestDataForm::validate_data()
{
    QTest::addColumn<QString>("fieldXml");
    QTest::addColumn<QStringList>("problems");
    const auto row = [](const char *name, const QByteArray &fieldXml, const QStringList &problems) {
        QTest::newRow(name) << QString::fromUtf8(fieldXml) << problems;
    };
    const auto one = [](const char *text) { return QStringList{QString::fromUtf8(text)}; };
    const QStringList none;

    row("required-empty", "<field var='username' label='Username'><required/></field>",
        one("\"Username\" is required."));
    row("required-blank", "<field var='username'><required/><value>  </value></field>",
        one("\"username\" is required."));
    row("required-filled", "<field var='username'><required/><value>juliet</value></field>", none);
    row("required-hidden-is-the-servers-business",
        "<field var='sid' type='hidden'><required/></field>", none);
    row("password-of-spaces-counts",
        "<field var='p' type='text-private'><required/>"
        "<value>   </value></field>",
        none);
    row("jid-single-invalid",
        "<field var='owner' type='jid-single' label='Owner'>"
        "<value>juliet@@capulet.lit</value></field>",
        one("\"juliet@@capulet.lit\" is not a valid address for \"Owner\"."));
    row("jid-single-valid",
        "<field var='owner' type='jid-single'>"
        "<value>juliet@capulet.lit/balcony</value></field>",
        none);
    row("jid-multi-one-invalid",
        "<field var='invite' type='jid-multi' label='Invite'>"
        "<value>romeo@montague.lit</value><value>@capulet.lit</value></field>",
        one("\"@capulet.lit\" is not a valid address for \"Invite\"."));
    row("boolean-yes",
        "<field var='public' type='boolean' label='Public'><value>yes</value>"
        "</field>",
        one("\"Public\" must be yes or no (0, 1, true or false), not \"yes\"."));
    row("boolean-true", "<field var='public' type='boolean'><value>true</value></field>", none);
    row("boolean-0", "<field var='public' type='boolean'><value>0</value></field>", none);
    row("boolean-required-unset", "<field var='tos' type='boolean'><required/></field>", none);
    row("list-single-not-an-option",
        "<field var='lang' type='list-single' label='Language'>"
        "<value>fr</value><option><value>en</value></option><option><value>es</value></option>"
        "</field>",
        one("\"fr\" is not one of the choices for \"Language\"."));
    row("list-single-option",
        "<field var='lang' type='list-single'><value>es</value>"
        "<option><value>en</value></option><option><value>es</value></option></field>",
        none);
    row("list-single-open",
        "<field var='lang' type='list-single'><value>fr</value>"
        "<option><value>en</value></option>"
        "<validate xmlns='http://jabber.org/protocol/xdata-validate'><open/></validate>"
        "</field>",
        none);
    row("list-multi-one-unknown",
        "<field var='f' type='list-multi' label='Features'>"
        "<value>news</value><value>spam</value><option><value>news</value></option></field>",
        one("\"spam\" is not one of the choices for \"Features\"."));
    row("two-values-in-single-field",
        "<field var='nick' label='Nickname'><value>a</value>"
        "<value>b</value></field>",
        one("\"Nickname\" takes only one value."));
    // A field with values and an XEP-0122 <validate/> (attributes, then its children).
    const auto checked = [](const char *open, const char *values, const char *attrs,
                            const char *body) -> QByteArray {
        return QByteArray(open) + values +
               "<validate xmlns='http://jabber.org/protocol/xdata-validate' " + attrs + ">" + body +
               "</validate></field>";
    };
    row("integer-not-a-number",
        checked("<field var='n' label='Age'>", "<value>12a</value>", "datatype='xs:integer'", ""),
        one("\"Age\" must be a whole number, not \"12a\"."));
    row("integer-negative",
        checked("<field var='n'>", "<value>-42</value>", "datatype='xs:integer'", ""), none);
    row("int-out-of-range",
        checked("<field var='n' label='Port'>", "<value>3000000000</value>", "datatype='xs:int'",
                ""),
        one("\"Port\" must be a whole number from -2147483648 to 2147483647."));
    row("xs-boolean-maybe",
        checked("<field var='b' label='Ok'>", "<value>maybe</value>", "datatype='xs:boolean'", ""),
        one("\"Ok\" must be true or false, not \"maybe\"."));
    row("date-not-in-calendar",
        checked("<field var='d' label='Birthday'>", "<value>2023-02-29</value>",
                "datatype='xs:date'", ""),
        one("\"Birthday\" must be a date written as YYYY-MM-DD, not \"2023-02-29\"."));
    row("date-leap-day",
        checked("<field var='d'>", "<value>2024-02-29</value>", "datatype='xs:date'", ""), none);
    row("datetime-with-space",
        checked("<field var='t' label='Start'>", "<value>2024-01-01 10:00</value>",
                "datatype='xs:dateTime'", ""),
        one("\"Start\" must be a date and time written as YYYY-MM-DDThh:mm:ss, not "
            "\"2024-01-01 10:00\"."));
    row("datetime-utc",
        checked("<field var='t'>", "<value>2024-01-01T10:00:00.5Z</value>",
                "datatype='xs:dateTime'", ""),
        none);
    row("uri-with-spaces",
        checked("<field var='u' label='Home page'>", "<value>my home page</value>",
                "datatype='xs:anyURI'", ""),
        one("\"Home page\" must be an address such as https://example.org/, not "
            "\"my home page\"."));
    row("uri-https",
        checked("<field var='u'>", "<value>https://example.org/x?y=1</value>",
                "datatype='xs:anyURI'", ""),
        none);
    row("range-above",
        checked("<field var='n' label='Members'>", "<value>11</value>", "datatype='xs:integer'",
                "<range min='0' max='10'/>"),
        one("\"Members\" must be between 0 and 10."));
    row("range-below-min-only",
        checked("<field var='n' label='Age'>", "<value>17</value>", "datatype='xs:int'",
                "<range min='18'/>"),
        one("\"Age\" must be at least 18."));
    row("range-above-max-only",
        checked("<field var='d' label='Until'>", "<value>2031-01-01</value>", "datatype='xs:date'",
                "<range max='2030-12-31'/>"),
        one("\"Until\" must be at most 2030-12-31."));
    row("range-inside",
        checked("<field var='n'>", "<value>10</value>", "datatype='xs:integer'",
                "<range min='0' max='10'/>"),
        none);
    row("regex-anchored",
        checked("<field var='u' label='Username'>", "<value>abc1</value>", "",
                "<regex>[a-z]+</regex>"),
        one("\"Username\" is not in the expected format: \"abc1\" does not match it."));
    row("regex-match",
        checked("<field var='u'>", "<value>123-45-6789</value>", "",
                "<regex>([0-9]{3})-([0-9]{2})-([0-9]{4})</regex>"),
        none);
    row("regex-too-long-is-left-to-the-server",
        checked("<field var='u'>", "<value>x</value>", "",
                QByteArray("<regex>" + QByteArray(300, 'a') + "</regex>").constData()),
        none);
    row("regex-invalid-is-left-to-the-server",
        checked("<field var='u'>", "<value>x</value>", "", "<regex>([a-z</regex>"), none);
    row("list-range-too-few",
        checked("<field var='f' type='list-multi' label='Topics'>",
                "<value>a</value><option><value>a</value></option>"
                "<option><value>b</value></option><option><value>c</value></option>",
                "", "<list-range min='2' max='3'/>"),
        one("Choose at least 2 option(s) for \"Topics\"."));
    row("list-range-too-many",
        checked("<field var='f' type='list-multi' label='Topics'>",
                "<value>a</value><value>b</value><option><value>a</value></option>"
                "<option><value>b</value></option>",
                "", "<list-range max='1'/>"),
        one("Choose at most 1 option(s) for \"Topics\"."));
    row("empty-optional-is-not-checked",
        checked("<field var='n'>", "<value/>", "datatype='xs:integer'", ""), none);
    row("fixed-is-not-checked", "<field type='fixed'><required/></field>", none);
}

void TestDataForm::validate()
{
    QFETCH(QString, fieldXml);
    QFETCH(QStringList, problems);
    const auto f =
        DataForm::fromElement(xml(QStringLiteral("<x xmlns='jabber:x:data' type='form'>") +
                                  fieldXml + QStringLiteral("</x>")));
    QVERIFY(f);
    QCOMPARE(f->fields.size(), 1);
    QCOMPARE(charla::validate(*f), problems);
}

void TestDataForm::pathologicalRegexIsBounded()
{
    // (a+)+ backtracks exponentially on a run of a's; a server's pattern must not hang the ui.
    DataFormField f = field(Type::TextSingle, QStringLiteral("x"));
    DataFormValidation v;
    v.method = DataFormValidation::Method::Regex;
    v.regex = QStringLiteral("(a+)+");
    f.validation = v;
    QElapsedTimer timer;
    timer.start();
    for (const int n : {30, 200, 5000}) {
        f.values = {QString(n, QLatin1Char('a')) + QLatin1Char('!')};
        // Values past the length cap are the server's to check; shorter ones are refused.
        QCOMPARE(charla::validate(formWith({f})).size(), n < 1024 ? 1 : 0);
    }
    QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestDataForm)
#include "tst_dataform.moc"
