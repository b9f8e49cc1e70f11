#pragma once

#include <QString>
#include <QStringList>

namespace cloudshift {

/// What a baseline pass over the input saw. The checksum is printed so the compiler cannot drop
/// the loop that touches the bytes.
struct ScanResult
{
    bool ok = false;
    QString error;
    qint64 bytes = 0; ///< bytes handed to the scan: file bytes, or inflated bytes for gzip
    qint64 lines = 0; ///< newline count (line-count scan only)
    quint64 checksum = 0;
};

/// Cheapest passes an importer could make over the same input, in 64 KiB chunks as the importer
/// reads. They bound the importer from below, and measured next to it on the same machine they
/// turn noisy absolute times into stable ratios.
///
/// readEveryByte: plain read() of the bytes on disk, every byte added into a checksum.
/// countLines: memchr newline count over the text, inflating gzip files first (on the same thread).
/// inflateEveryByte: inflate of the gzip inputs only (plain files are skipped), with the importer's own
/// inflater (ISA-L when the build has it) on one thread.
ScanResult readEveryByte(const QStringList& paths);
ScanResult countLines(const QStringList& paths);
ScanResult inflateEveryByte(const QStringList& paths);

/// True when the file starts with the gzip magic bytes, the test the importer also uses.
bool isGzipFile(const QString& path);

} // namespace cloudshift
