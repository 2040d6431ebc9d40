// Fuzz target: data forms (XEP-0004, with XEP-0122 validation and XEP-0221 media), which arrive
// from any server or service (registration, room configuration, ad-hoc commands).
//
// Besides "no crash": reading what toElement() wrote gives the same form back (the form a
// person submits is the form the service sent), and validate()/submitFrom() cope with any form.

#include "FuzzSupport.h"

#include "stanza/DataForm.h"
#include "stanza/Element.h"

using namespace charla;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Element element = Element::fromXml(fuzz::bytes(data, size));
    if (element.isNull())
        return 0;
    const std::optional<DataForm> form = DataForm::fromElement(element);
    if (!form)
        return 0;
    const Element written = form->toElement();
    const std::optional<DataForm> again = DataForm::fromElement(written);
    CHARLA_FUZZ_CHECK(again.has_value());
    CHARLA_FUZZ_CHECK(*again == *form);
    // Through real XML too: what Charla sends is what it would read.
    const std::optional<DataForm> reread = DataForm::fromElement(Element::fromXml(written.toXml()));
    CHARLA_FUZZ_CHECK(reread.has_value());
    CHARLA_FUZZ_CHECK(*reread == *form);

    (void)validate(*form);
    const DataForm submit = submitFrom(*form);
    CHARLA_FUZZ_CHECK(submit.type == DataForm::Type::Submit);
    (void)validate(submit);
    for (const DataFormField &field : form->fields) {
        if (!field.var.isEmpty())
            CHARLA_FUZZ_CHECK(form->indexOf(field.var) >= 0);
    }
    return 0;
}
