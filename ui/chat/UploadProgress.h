#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace charla {

class HttpUpload;

/// One file being uploaded in a chat tab: its name, a progress bar and Cancel. Removes itself
/// when the upload ends; a failure other than a cancel is handed out as a sentence.
class UploadProgress : public QWidget
{
    Q_OBJECT
public:
    explicit UploadProgress(HttpUpload *upload, QWidget *parent = nullptr);

    QProgressBar *bar() const { return m_bar; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    /// The upload failed; @p sentence says why (not emitted for a cancel).
    void failed(const QString &sentence);

private:
    QPointer<HttpUpload> m_upload;
    QLabel *m_name;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
};

} // namespace charla
