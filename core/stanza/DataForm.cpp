#include "stanza/DataForm.h"

#include "stanza/Jid.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QTime>
#include <QUrl>

#include <array>
#include <limits>

namespace charla {

namespace {

const auto kFormTypeVar = QStringLiteral("FORM_TYPE");

struct TypeName
{
    DataFormField::Type type;
    const char *name;
};

constexpr std::array<TypeName, 10> kFieldTypes = {{
    {DataFormField::Type::Boolean, "boolean"},
    {DataFormField::Type::Fixed, "fixed"},
    {DataFormField::Type::Hidden, "hidden"},
    {DataFormField::Type::JidMulti, "jid-multi"},
    {DataFormField::Type::JidSingle, "jid-single"},
    {DataFormField::Type::ListMulti, "list-multi"},
    {DataFormField::Type::ListSingle, "list-single"},
    {DataFormField::Type::TextMulti, "text-multi"},
    {DataFormField::Type::TextPrivate, "text-private"},
    {DataFormField::Type::TextSingle, "text-single"},
}};

constexpr std::array<const char *, 4> kFormTypes = {"form", "submit", "cancel", "result"};

/// An optional non-negative integer attribute (XEP-0221 width/height, XEP-0122 list-range).
int intAttribute(const Element &e, const QString &name, int missing)
{
    bool ok = false;
    const int v = e.attribute(name).toInt(&ok);
    return ok && v >= 0 ? v : missing;
}

std::optional<DataFormValidation> readValidation(const Element &v)
{
    DataFormValidation val;
    const QString datatype = v.attribute(QStringLiteral("datatype"));
    if (!datatype.isEmpty())
        val.datatype = datatype;
    // XEP-0122 3.2: without a method child the method is <basic/>. There is exactly one method;
    // when a form names several, the first counts and the others are ignored (a later one
    // overriding the method but not the first one's values made a form that changed when Charla
    // wrote it back: found by fuzz_dataform).
    bool methodSeen = false;
    for (const Element &c : v.children()) {
        if (c.ns() != DataForm::ValidateNamespace)
            continue;
        const bool isMethod = c.name() == QLatin1String("basic") ||
                              c.name() == QLatin1String("open") ||
                              c.name() == QLatin1String("range") ||
                              c.name() == QLatin1String("regex");
        if (isMethod && methodSeen)
            continue;
        methodSeen = methodSeen || isMethod;
        if (c.name() == QLatin1String("open")) {
            val.method = DataFormValidation::Method::Open;
        } else if (c.name() == QLatin1String("range")) {
            val.method = DataFormValidation::Method::Range;
            val.rangeMin = c.attribute(QStringLiteral("min"));
            val.rangeMax = c.attribute(QStringLiteral("max"));
        } else if (c.name() == QLatin1String("regex")) {
            val.method = DataFormValidation::Method::Regex;
            val.regex = c.text();
        } else if (c.name() == QLatin1String("list-range")) {
            val.hasListRange = true;
            val.listMin = intAttribute(c, QStringLiteral("min"), -1);
            val.listMax = intAttribute(c, QStringLiteral("max"), -1);
        }
    }
    return val;
}

Element writeValidation(const DataFormValidation &val)
{
    const QString ns = DataForm::ValidateNamespace;
    Element v(QStringLiteral("validate"), ns);
    v.setAttribute(QStringLiteral("datatype"), val.datatype);
    switch (val.method) {
    case DataFormValidation::Method::Basic:
        v.addChild(QStringLiteral("basic"), ns);
        break;
    case DataFormValidation::Method::Open:
        v.addChild(QStringLiteral("open"), ns);
        break;
    case DataFormValidation::Method::Range: {
        Element &r = v.addChild(QStringLiteral("range"), ns);
        if (!val.rangeMin.isEmpty())
            r.setAttribute(QStringLiteral("min"), val.rangeMin);
        if (!val.rangeMax.isEmpty())
            r.setAttribute(QStringLiteral("max"), val.rangeMax);
        break;
    }
    case DataFormValidation::Method::Regex:
        v.addChild(QStringLiteral("regex"), ns).setText(val.regex);
        break;
    }
    if (val.hasListRange) {
        Element &lr = v.addChild(QStringLiteral("list-range"), ns);
        if (val.listMin >= 0)
            lr.setAttribute(QStringLiteral("min"), QString::number(val.listMin));
        if (val.listMax >= 0)
            lr.setAttribute(QStringLiteral("max"), QString::number(val.listMax));
    }
    return v;
}

DataFormMedia readMedia(const Element &m)
{
    DataFormMedia media;
    media.width = intAttribute(m, QStringLiteral("width"), 0);
    media.height = intAttribute(m, QStringLiteral("height"), 0);
    for (const Element &u : m.childrenNamed(QStringLiteral("uri"), DataForm::MediaNamespace))
        media.uris.append({u.attribute(QStringLiteral("type")), u.text().trimmed()});
    return media;
}

Element writeMedia(const DataFormMedia &media)
{
    Element m(QStringLiteral("media"), DataForm::MediaNamespace);
    if (media.height > 0)
        m.setAttribute(QStringLiteral("height"), QString::number(media.height));
    if (media.width > 0)
        m.setAttribute(QStringLiteral("width"), QString::number(media.width));
    for (const DataFormMedia::Uri &u : media.uris) {
        Element &e = m.addChild(QStringLiteral("uri"), DataForm::MediaNamespace);
        if (!u.type.isEmpty())
            e.setAttribute(QStringLiteral("type"), u.type);
        e.setText(u.uri);
    }
    return m;
}

QList<DataFormField> readFields(const Element &parent)
{
    QList<DataFormField> fields;
    for (const Element &c : parent.childrenNamed(QStringLiteral("field"), DataForm::Namespace)) {
        if (auto f = DataFormField::fromElement(c))
            fields.append(*f);
    }
    return fields;
}

} // namespace

// --- DataFormValidation ------------------------------------------------------------------------

bool DataFormValidation::operator==(const DataFormValidation &o) const
{
    return datatype == o.datatype && method == o.method && rangeMin == o.rangeMin &&
           rangeMax == o.rangeMax && regex == o.regex && listMin == o.listMin &&
           listMax == o.listMax && hasListRange == o.hasListRange;
}

// --- DataFormField ------------------------------------------------------------------------------

QString DataFormField::typeName(Type type)
{
    for (const TypeName &t : kFieldTypes) {
        if (t.type == type)
            return QString::fromLatin1(t.name);
    }
    return QStringLiteral("text-single");
}

DataFormField::Type DataFormField::typeFromName(const QString &name)
{
    for (const TypeName &t : kFieldTypes) {
        if (name == QLatin1String(t.name))
            return t.type;
    }
    // XEP-0004 3.3: text-single "MUST be assumed if a form-submitting entity receives a field
    // type it does not understand".
    return Type::TextSingle;
}

bool DataFormField::isChecked() const
{
    const QString v = value().trimmed();
    return v == QLatin1String("1") || v == QLatin1String("true");
}

QString DataFormField::displayName() const
{
    return label.isEmpty() ? var : label;
}

std::optional<DataFormField> DataFormField::fromElement(const Element &e)
{
    if (e.name() != QLatin1String("field") || e.ns() != DataForm::Namespace)
        return std::nullopt;
    DataFormField f;
    f.typeOmitted = !e.hasAttribute(QStringLiteral("type"));
    f.type = typeFromName(e.attribute(QStringLiteral("type")));
    f.var = e.attribute(QStringLiteral("var"));
    f.label = e.attribute(QStringLiteral("label"));
    for (const Element &c : e.children()) {
        if (c.ns() == DataForm::Namespace) {
            if (c.name() == QLatin1String("desc")) {
                f.desc = c.text();
            } else if (c.name() == QLatin1String("required")) {
                f.required = true;
            } else if (c.name() == QLatin1String("value")) {
                f.values.append(c.text());
            } else if (c.name() == QLatin1String("option")) {
                // XEP-0004 3.2: an option MUST contain one and only one <value/>.
                if (c.hasChild(QStringLiteral("value"), DataForm::Namespace))
                    f.options.append({c.attribute(QStringLiteral("label")),
                                      c.childText(QStringLiteral("value"), DataForm::Namespace)});
            }
        } else if (c.ns() == DataForm::ValidateNamespace && c.name() == QLatin1String("validate")) {
            f.validation = readValidation(c);
        } else if (c.ns() == DataForm::MediaNamespace && c.name() == QLatin1String("media")) {
            f.media = readMedia(c);
        }
    }
    return f;
}

Element DataFormField::toElement() const
{
    Element e(QStringLiteral("field"), DataForm::Namespace);
    if (!var.isEmpty())
        e.setAttribute(QStringLiteral("var"), var);
    if (!typeOmitted)
        e.setAttribute(QStringLiteral("type"), typeName(type));
    if (!label.isEmpty())
        e.setAttribute(QStringLiteral("label"), label);
    if (!desc.isEmpty())
        e.addChild(QStringLiteral("desc"), DataForm::Namespace).setText(desc);
    if (required)
        e.addChild(QStringLiteral("required"), DataForm::Namespace);
    for (const QString &v : values)
        e.addChild(QStringLiteral("value"), DataForm::Namespace).setText(v);
    for (const DataFormOption &o : options) {
        Element &opt = e.addChild(QStringLiteral("option"), DataForm::Namespace);
        if (!o.label.isEmpty())
            opt.setAttribute(QStringLiteral("label"), o.label);
        opt.addChild(QStringLiteral("value"), DataForm::Namespace).setText(o.value);
    }
    if (validation)
        e.appendChild(writeValidation(*validation));
    if (media)
        e.appendChild(writeMedia(*media));
    return e;
}

bool DataFormField::operator==(const DataFormField &o) const
{
    return type == o.type && typeOmitted == o.typeOmitted && var == o.var && label == o.label &&
           desc == o.desc && required == o.required && values == o.values && options == o.options &&
           validation == o.validation && media == o.media;
}

// --- DataForm -----------------------------------------------------------------------------------

QString DataForm::typeName(Type type)
{
    return QString::fromLatin1(kFormTypes[size_t(type)]);
}

std::optional<DataForm> DataForm::fromElement(const Element &x)
{
    if (x.name() != QLatin1String("x") || x.ns() != Namespace)
        return std::nullopt;
    DataForm form;
    const QString type = x.attribute(QStringLiteral("type"), QStringLiteral("form"));
    bool known = false;
    for (size_t i = 0; i < kFormTypes.size(); ++i) {
        if (type == QLatin1String(kFormTypes[i])) {
            form.type = Type(i);
            known = true;
        }
    }
    if (!known)
        return std::nullopt;
    for (const Element &c : x.children()) {
        if (c.ns() != Namespace)
            continue;
        if (c.name() == QLatin1String("title")) {
            form.title = c.text();
        } else if (c.name() == QLatin1String("instructions")) {
            form.instructions.append(c.text());
        } else if (c.name() == QLatin1String("field")) {
            if (auto f = DataFormField::fromElement(c))
                form.fields.append(*f);
        } else if (c.name() == QLatin1String("reported")) {
            form.reported = readFields(c);
        } else if (c.name() == QLatin1String("item")) {
            form.items.append(readFields(c));
        }
    }
    return form;
}

Element DataForm::toElement() const
{
    Element x(QStringLiteral("x"), Namespace);
    x.setAttribute(QStringLiteral("type"), typeName(type));
    if (!title.isEmpty())
        x.addChild(QStringLiteral("title"), Namespace).setText(title);
    for (const QString &i : instructions)
        x.addChild(QStringLiteral("instructions"), Namespace).setText(i);
    for (const DataFormField &f : fields)
        x.appendChild(f.toElement());
    // XEP-0004 3.4: <reported/> comes before any <item/>.
    if (!reported.isEmpty()) {
        Element &r = x.addChild(QStringLiteral("reported"), Namespace);
        for (const DataFormField &f : reported)
            r.appendChild(f.toElement());
    }
    for (const QList<DataFormField> &item : items) {
        Element &i = x.addChild(QStringLiteral("item"), Namespace);
        for (const DataFormField &f : item)
            i.appendChild(f.toElement());
    }
    return x;
}

QString DataForm::formType() const
{
    const DataFormField *f = field(kFormTypeVar);
    return f && f->type == DataFormField::Type::Hidden ? f->value() : QString();
}

int DataForm::indexOf(const QString &var) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields.at(i).var == var)
            return i;
    }
    return -1;
}

const DataFormField *DataForm::field(const QString &var) const
{
    const int i = indexOf(var);
    return i < 0 ? nullptr : &fields.at(i);
}

DataFormField *DataForm::field(const QString &var)
{
    const int i = indexOf(var);
    return i < 0 ? nullptr : &fields[i];
}

QString DataForm::value(const QString &var) const
{
    const DataFormField *f = field(var);
    return f ? f->value() : QString();
}

bool DataForm::setValues(const QString &var, const QStringList &values)
{
    DataFormField *f = field(var);
    if (!f)
        return false;
    f->values = values;
    return true;
}

bool DataForm::operator==(const DataForm &o) const
{
    return type == o.type && title == o.title && instructions == o.instructions &&
           fields == o.fields && reported == o.reported && items == o.items;
}

// --- submitFrom ---------------------------------------------------------------------------------

DataForm submitFrom(const DataForm &form)
{
    DataForm submit;
    submit.type = DataForm::Type::Submit;
    for (const DataFormField &f : form.fields) {
        // Fixed fields describe the form; they carry nothing back (XEP-0004 3.3).
        if (f.type == DataFormField::Type::Fixed || f.var.isEmpty())
            continue;
        DataFormField s;
        s.var = f.var;
        s.typeOmitted = true; // XEP-0004 3.2: the processing entity infers it from the form
        if (f.type == DataFormField::Type::TextMulti) {
            // XEP-0004 3.3: text-multi lines travel as separate <value/> elements.
            for (const QString &v : f.values) {
                QString text = v;
                text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
                s.values += text.split(QLatin1Char('\n'));
            }
        } else {
            s.values = f.values;
        }
        submit.fields.append(s);
    }
    return submit;
}

// --- validate -----------------------------------------------------------------------------------

namespace {

// A server's XEP-0122 regex is run against what the person typed. PCRE bounds its own work
// (match limit), but a pathological pattern such as (a+)+$ on a long value still costs up to that
// limit per value; patterns and values past these lengths are left to the server to check.
constexpr int kMaxRegexLength = 256;
constexpr int kMaxRegexValueLength = 1024;

/// Quoted for a sentence: the label, or the var when there is none.
QString nameOf(const DataFormField &f)
{
    return f.displayName();
}

bool isSingleValued(DataFormField::Type t)
{
    using T = DataFormField::Type;
    return t == T::Boolean || t == T::JidSingle || t == T::ListSingle || t == T::TextPrivate ||
           t == T::TextSingle;
}

bool isBoolean(const QString &v)
{
    return v == QLatin1String("0") || v == QLatin1String("1") || v == QLatin1String("true") ||
           v == QLatin1String("false");
}

/// XML Schema integer lexical space: an optional sign and digits.
bool parseInteger(const QString &v, qlonglong *out, bool *overflow)
{
    static const QRegularExpression re(QStringLiteral("\\A[+-]?[0-9]+\\z"));
    *overflow = false;
    if (!re.match(v).hasMatch())
        return false;
    bool ok = false;
    const qlonglong n = QString(v).remove(QLatin1Char('+')).toLongLong(&ok);
    if (!ok) {
        *overflow = true; // syntactically an integer, beyond 64 bits
        return true;
    }
    *out = n;
    return true;
}

bool isDecimal(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("\\A[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)\\z"));
    return re.match(v).hasMatch();
}

bool isDouble(const QString &v)
{
    if (v == QLatin1String("INF") || v == QLatin1String("-INF") || v == QLatin1String("NaN"))
        return true;
    static const QRegularExpression re(
        QStringLiteral("\\A[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\z"));
    return re.match(v).hasMatch();
}

/// XML Schema xs:date (YYYY-MM-DD with an optional zone); the date itself when valid.
std::optional<QDate> parseDate(const QString &v)
{
    static const QRegularExpression re(
        QStringLiteral("\\A([0-9]{4}-[0-9]{2}-[0-9]{2})(Z|[+-][0-9]{2}:[0-9]{2})?\\z"));
    const QRegularExpressionMatch m = re.match(v);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(m.captured(1), Qt::ISODate);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

/// XML Schema xs:dateTime (XEP-0082 profile); the instant when valid.
std::optional<QDateTime> parseDateTime(const QString &v)
{
    static const QRegularExpression re(
        QStringLiteral("\\A[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?"
                       "(Z|[+-][0-9]{2}:[0-9]{2})?\\z"));
    if (!re.match(v).hasMatch())
        return std::nullopt;
    const QDateTime dt = QDateTime::fromString(v, Qt::ISODateWithMs);
    return dt.isValid() ? std::optional<QDateTime>(dt) : std::nullopt;
}

bool isTime(const QString &v)
{
    static const QRegularExpression re(
        QStringLiteral("\\A([0-9]{2}:[0-9]{2}:[0-9]{2})(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})?\\z"));
    const QRegularExpressionMatch m = re.match(v);
    return m.hasMatch() && QTime::fromString(m.captured(1), Qt::ISODate).isValid();
}

bool isUri(const QString &v)
{
    // xs:anyURI is lenient, but a value with spaces or without a scheme is a typo, not a URI.
    const QUrl url(v, QUrl::StrictMode);
    return url.isValid() && !url.scheme().isEmpty() && !v.contains(QLatin1Char(' '));
}

bool isLanguage(const QString &v)
{
    static const QRegularExpression re(QStringLiteral("\\A[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*\\z"));
    return re.match(v).hasMatch();
}

/// A comparable number for the numeric datatypes, nullopt when @p v is not one.
std::optional<double> numberOf(const QString &datatype, const QString &v)
{
    if (datatype == QLatin1String("xs:decimal") || datatype == QLatin1String("xs:double") ||
        datatype == QLatin1String("xs:float") || datatype == QLatin1String("xs:integer") ||
        datatype == QLatin1String("xs:int") || datatype == QLatin1String("xs:long") ||
        datatype == QLatin1String("xs:short") || datatype == QLatin1String("xs:byte")) {
        bool ok = false;
        const double d = v.toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

/// The sentence saying @p value is not of @p datatype; empty when it is (or the datatype is one
/// Charla does not know, which the server checks).
QString datatypeProblem(const DataFormField &f, const QString &datatype, const QString &value)
{
    const QString name = nameOf(f);
    if (datatype == QLatin1String("xs:integer") || datatype == QLatin1String("xs:int") ||
        datatype == QLatin1String("xs:long") || datatype == QLatin1String("xs:short") ||
        datatype == QLatin1String("xs:byte")) {
        qlonglong n = 0;
        bool overflow = false;
        if (!parseInteger(value, &n, &overflow))
            return QCoreApplication::translate("charla::DataForm",
                                               "\"%1\" must be a whole number, not \"%2\".")
                .arg(name, value);
        qlonglong lo = std::numeric_limits<qlonglong>::min();
        qlonglong hi = std::numeric_limits<qlonglong>::max();
        if (datatype == QLatin1String("xs:int")) {
            lo = std::numeric_limits<qint32>::min();
            hi = std::numeric_limits<qint32>::max();
        } else if (datatype == QLatin1String("xs:short")) {
            lo = std::numeric_limits<qint16>::min();
            hi = std::numeric_limits<qint16>::max();
        } else if (datatype == QLatin1String("xs:byte")) {
            lo = std::numeric_limits<qint8>::min();
            hi = std::numeric_limits<qint8>::max();
        } else if (datatype == QLatin1String("xs:integer")) {
            overflow = false; // xs:integer has no bounds
        }
        if (overflow || n < lo || n > hi)
            return QCoreApplication::translate("charla::DataForm",
                                               "\"%1\" must be a whole number from %2 to %3.")
                .arg(name, QString::number(lo), QString::number(hi));
        return {};
    }
    if (datatype == QLatin1String("xs:decimal")) {
        if (!isDecimal(value))
            return QCoreApplication::translate("charla::DataForm",
                                               "\"%1\" must be a number such as 12.5, not \"%2\".")
                .arg(name, value);
        return {};
    }
    if (datatype == QLatin1String("xs:double") || datatype == QLatin1String("xs:float")) {
        if (!isDouble(value))
            return QCoreApplication::translate("charla::DataForm",
                                               "\"%1\" must be a number, not \"%2\".")
                .arg(name, value);
        return {};
    }
    if (datatype == QLatin1String("xs:boolean")) {
        if (!isBoolean(value))
            return QCoreApplication::translate("charla::DataForm",
                                               "\"%1\" must be true or false, not \"%2\".")
                .arg(name, value);
        return {};
    }
    if (datatype == QLatin1String("xs:date")) {
        if (!parseDate(value))
            return QCoreApplication::translate(
                       "charla::DataForm",
                       "\"%1\" must be a date written as YYYY-MM-DD, not \"%2\".")
                .arg(name, value);
        return {};
    }
    if (datatype == QLatin1String("xs:dateTime")) {
        if (!parseDateTime(value))
            return QCoreApplication::translate(
                       "charla::DataForm",
                       "\"%1\" must be a date and time written as YYYY-MM-DDThh:mm:ss, "
                       "not \"%2\".")
                .arg(name, value);
        return {};
    }
    if (datatype == QLatin1String("xs:time")) {
        if (!isTime(value))
            return QCoreApplication::translate(
                       "charla::DataForm", "\"%1\" must be a time written as hh:mm:ss, not \"%2\".")
                .arg(name, value);
        return {};
    }
    if (datatype == QLatin1String("xs:anyURI")) {
        if (!isUri(value))
            return QCoreApplication::translate(
                       "charla::DataForm",
                       "\"%1\" must be an address such as https://example.org/, not "
                       "\"%2\".")
                .arg(name, value);
        return {};
    }
    if (datatype == QLatin1String("xs:language")) {
        if (!isLanguage(value))
            return QCoreApplication::translate(
                       "charla::DataForm",
                       "\"%1\" must be a language code such as en or es-MX, not \"%2\".")
                .arg(name, value);
        return {};
    }
    return {}; // xs:string, and datatypes Charla does not know (x:...), accept anything
}

/// -1, 0 or 1 comparing @p a and @p b as @p datatype orders them; nullopt when either cannot be
/// read that way (then the range is the server's to check).
std::optional<int> compareAs(const QString &datatype, const QString &a, const QString &b)
{
    if (const auto x = numberOf(datatype, a)) {
        if (const auto y = numberOf(datatype, b))
            return *x < *y ? -1 : *x > *y ? 1 : 0;
        return std::nullopt;
    }
    if (datatype == QLatin1String("xs:date")) {
        const auto x = parseDate(a);
        const auto y = parseDate(b);
        if (x && y)
            return *x < *y ? -1 : *x > *y ? 1 : 0;
    } else if (datatype == QLatin1String("xs:dateTime")) {
        const auto x = parseDateTime(a);
        const auto y = parseDateTime(b);
        if (x && y)
            return *x < *y ? -1 : *x > *y ? 1 : 0;
    } else if (datatype == QLatin1String("xs:time")) {
        if (isTime(a) && isTime(b))
            return QString::compare(a.left(8), b.left(8)) < 0   ? -1
                   : QString::compare(a.left(8), b.left(8)) > 0 ? 1
                                                                : 0;
    }
    return std::nullopt;
}

QString rangeProblem(const DataFormField &f, const DataFormValidation &v, const QString &value)
{
    const bool low = !v.rangeMin.isEmpty() && compareAs(v.datatype, value, v.rangeMin) == -1;
    const bool high = !v.rangeMax.isEmpty() && compareAs(v.datatype, value, v.rangeMax) == 1;
    if (!low && !high)
        return {};
    if (!v.rangeMin.isEmpty() && !v.rangeMax.isEmpty())
        return QCoreApplication::translate("charla::DataForm", "\"%1\" must be between %2 and %3.")
            .arg(nameOf(f), v.rangeMin, v.rangeMax);
    if (low)
        return QCoreApplication::translate("charla::DataForm", "\"%1\" must be at least %2.")
            .arg(nameOf(f), v.rangeMin);
    return QCoreApplication::translate("charla::DataForm", "\"%1\" must be at most %2.")
        .arg(nameOf(f), v.rangeMax);
}

QString regexProblem(const DataFormField &f, const QString &pattern, const QString &value)
{
    if (pattern.isEmpty() || pattern.size() > kMaxRegexLength ||
        value.size() > kMaxRegexValueLength)
        return {};
    // XML Schema patterns match the whole value: anchor both ends.
    const QRegularExpression re(QStringLiteral("\\A(?:") + pattern + QStringLiteral(")\\z"));
    if (!re.isValid())
        return {}; // a syntax PCRE does not share with XML Schema: the server checks it
    if (re.match(value).hasMatch())
        return {};
    return QCoreApplication::translate(
               "charla::DataForm",
               "\"%1\" is not in the expected format: \"%2\" does not match it.")
        .arg(nameOf(f), value);
}

void validateField(const DataFormField &f, QStringList *problems)
{
    using T = DataFormField::Type;
    if (f.type == T::Fixed)
        return;
    const QString name = nameOf(f);
    QStringList filled;
    for (const QString &v : f.values) {
        // A password of spaces is still a password; anywhere else blanks are not an answer.
        if (f.type == T::TextPrivate ? !v.isEmpty() : !v.trimmed().isEmpty())
            filled.append(f.type == T::TextPrivate ? v : v.trimmed());
    }
    // The person cannot fill in a hidden field, and an unset boolean is "false" (XEP-0004 3.3).
    if (f.required && filled.isEmpty() && f.type != T::Hidden && f.type != T::Boolean) {
        problems->append(
            QCoreApplication::translate("charla::DataForm", "\"%1\" is required.").arg(name));
        return;
    }
    if (isSingleValued(f.type) && filled.size() > 1)
        problems->append(
            QCoreApplication::translate("charla::DataForm", "\"%1\" takes only one value.")
                .arg(name));

    const bool open = f.validation && f.validation->method == DataFormValidation::Method::Open;
    for (const QString &v : std::as_const(filled)) {
        switch (f.type) {
        case T::JidSingle:
        case T::JidMulti:
            if (!Jid::parse(v).isValid())
                problems->append(
                    QCoreApplication::translate("charla::DataForm",
                                                "\"%1\" is not a valid address for \"%2\".")
                        .arg(v, name));
            break;
        case T::Boolean:
            if (!isBoolean(v))
                problems->append(QCoreApplication::translate(
                                     "charla::DataForm",
                                     "\"%1\" must be yes or no (0, 1, true or false), not \"%2\".")
                                     .arg(name, v));
            break;
        case T::ListSingle:
        case T::ListMulti: {
            // XEP-0004 3.3: the submitter MUST NOT insert new options, unless XEP-0122 <open/>.
            bool known = f.options.isEmpty() || open;
            for (const DataFormOption &o : f.options)
                known = known || o.value == v;
            if (!known)
                problems->append(
                    QCoreApplication::translate("charla::DataForm",
                                                "\"%1\" is not one of the choices for \"%2\".")
                        .arg(v, name));
            break;
        }
        default:
            break;
        }
        if (!f.validation)
            continue;
        const DataFormValidation &val = *f.validation;
        const QString typeProblem = datatypeProblem(f, val.datatype, v);
        if (!typeProblem.isEmpty()) {
            problems->append(typeProblem);
            continue;
        }
        QString methodProblem;
        if (val.method == DataFormValidation::Method::Range)
            methodProblem = rangeProblem(f, val, v);
        else if (val.method == DataFormValidation::Method::Regex)
            methodProblem = regexProblem(f, val.regex, v);
        if (!methodProblem.isEmpty())
            problems->append(methodProblem);
    }

    // XEP-0122 3.3: <list-range/> counts the choices of a list-multi field.
    if (f.type == T::ListMulti && f.validation && f.validation->hasListRange &&
        (f.required || !filled.isEmpty())) {
        const int n = int(filled.size());
        const DataFormValidation &val = *f.validation;
        if (val.listMin >= 0 && n < val.listMin)
            problems->append(QCoreApplication::translate("charla::DataForm",
                                                         "Choose at least %n option(s) for "
                                                         "\"%1\".",
                                                         nullptr, val.listMin)
                                 .arg(name));
        else if (val.listMax >= 0 && n > val.listMax)
            problems->append(QCoreApplication::translate("charla::DataForm",
                                                         "Choose at most %n option(s) for "
                                                         "\"%1\".",
                                                         nullptr, val.listMax)
                                 .arg(name));
    }
}

} // namespace

QStringList validate(const DataForm &form)
{
    QStringList problems;
    for (const DataFormField &f : form.fields)
        validateField(f, &problems);
    return problems;
}

} // namespace charla
