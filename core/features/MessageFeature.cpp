// PLACEHOLDER so that executables link while the feature is being written (the vtable is
// emitted with the moc output). The protocol work replaces this file entirely.
#include "features/MessageFeature.h"

namespace charla {

QStringList MessageFeature::discoFeatures() const { return {}; }
bool MessageFeature::handleStanza(const Element &) { return false; }
void MessageFeature::sessionStarted(bool) {}
void MessageFeature::sessionEnded() {}

} // namespace charla
