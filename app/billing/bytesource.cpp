#include "bytesource.h"

#include "billing/gzipsource.h"
#include "billing/inflater.h"

#include <QFile>

#include <utility>

namespace cloudshift {

namespace {

    class FileSource : public ByteSource
    {
    public:
        explicit FileSource(std::unique_ptr<QFile> file)
            : m_file(std::move(file))
            , m_total(m_file->size())
        {
        }

        std::int64_t read(char* buffer, std::int64_t maxBytes) override
        {
            const qint64 n = m_file->read(buffer, maxBytes);
            if (n > 0)
                m_done += n;
            return n;
        }
        std::int64_t progressBytes() const override { return m_done; }
        std::int64_t totalBytes() const override { return m_total; }
        QString error() const override { return m_file->errorString(); }
        bool isPlainFile() const override { return true; }

    private:
        std::unique_ptr<QFile> m_file;
        std::int64_t m_total = 0;
        std::int64_t m_done = 0;
    };

} // namespace

std::unique_ptr<ByteSource> openByteSource(const QString& path, QString* error, const ByteSourceOptions& options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, file->errorString());
        return nullptr;
    }
    char magic[2] = {0, 0};
    const qint64 peeked = file->peek(magic, 2);
    if (peeked == 2 && static_cast<unsigned char>(magic[0]) == 0x1f && static_cast<unsigned char>(magic[1]) == 0x8b) {
        const std::int64_t total = file->size();
        auto inflater = Inflater::create(std::move(file), options.zlibOnly ? Inflater::Engine::Zlib : Inflater::Engine::Fastest);
        return std::make_unique<GzipSource>(std::move(inflater), total, options.inflateAhead);
    }
    return std::make_unique<FileSource>(std::move(file));
}

} // namespace cloudshift
