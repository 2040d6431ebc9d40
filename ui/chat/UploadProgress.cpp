#include "UploadProgress.h"

#include "features/HttpUpload.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <algorithm>

namespace charla {

UploadProgress::UploadProgress(HttpUpload *upload, QWidget *parent)
    : QWidget(parent), m_upload(upload), m_name(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this))
{
    // The file name is the person's own, but still shown as plain text.
    m_name->setTextFormat(Qt::PlainText);
    m_name->setText(tr("Sending %1").arg(upload->fileName()));
    m_name->setToolTip(upload->filePath());
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_bar->setTextVisible(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_name);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);

    connect(upload, &HttpUpload::progress, this, [this](qint64 sent, qint64 total) {
        // Per mille: a qint64 byte count does not fit QProgressBar's int range for big files.
        m_bar->setValue(total > 0 ? int(std::clamp<qint64>(sent * 1000 / total, 0, 1000)) : 0);
    });
    connect(upload, &HttpUpload::finished, this, &QObject::deleteLater);
    connect(upload, &HttpUpload::failed, this, [this](const Error &error) {
        if (error.condition != QLatin1String("cancelled"))
            Q_EMIT failed(error.text);
        deleteLater();
    });
    connect(upload, &QObject::destroyed, this, &QObject::deleteLater);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_upload)
            m_upload->cancel();
    });
}

} // namespace charla
