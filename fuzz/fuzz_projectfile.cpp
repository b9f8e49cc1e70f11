// The project-file loader: a hand-edited or damaged .cloudshift file is refused with a reason or
// loaded; a loaded project must save and load again.

#include "fuzzsupport.h"
#include "scenario/projectfile.h"

#include <QBuffer>

using namespace cloudshift;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<Project> project = projectFromBytes(bytes, QStringLiteral("fuzz.cloudshift"), &error);
    if (!project) {
        if (error.isEmpty())
            fuzz::fail("a refused project file gives no reason");
        return 0;
    }
    QByteArray saved;
    QBuffer buffer(&saved);
    buffer.open(QIODevice::WriteOnly);
    if (!writeProject(*project, buffer))
        fuzz::fail("a loaded project cannot be written again");
    buffer.close();
    QString reloadError;
    if (!projectFromBytes(saved, QStringLiteral("fuzz.cloudshift"), &reloadError)) {
        std::fprintf(stderr, "%s\n", qPrintable(reloadError));
        fuzz::fail("a project written from a loaded one does not load");
    }
    return 0;
}
