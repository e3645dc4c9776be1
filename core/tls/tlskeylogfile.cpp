#include "core/tls/tlskeylogfile.h"

#include <QCoreApplication>
#include <QFile>

namespace protoviz {

TlsKeyLogSink TlsKeyLogFile::appender(const QString& path, QString* error)
{
    auto file = std::make_shared<QFile>(path);
    // Secrets: a new file is readable by its owner only.
    if (!file->open(QIODevice::Append | QIODevice::Text, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        if (error) {
            *error = QCoreApplication::translate("protoviz", "Cannot open the key log file %1: %2")
                         .arg(path, file->errorString());
        }
        return {};
    }
    return [file](const QByteArray& line) {
        file->write(line + '\n');
        file->flush();
    };
}

} // namespace protoviz
