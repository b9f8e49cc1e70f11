#include "bytesource.h"

#include <QFile>

#include <zlib.h>

#include <utility>
#include <vector>

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

    private:
        std::unique_ptr<QFile> m_file;
        std::int64_t m_total = 0;
        std::int64_t m_done = 0;
    };

    // Inflates gzip members one after another: `cat a.gz b.gz` is a valid gzip stream and some tools
    // write multi-member files.
    class GzipSource : public ByteSource
    {
    public:
        explicit GzipSource(std::unique_ptr<QFile> file)
            : m_file(std::move(file))
            , m_total(m_file->size())
            , m_input(kChunk)
        {
            m_ok = inflateInit2(&m_stream, 16 + MAX_WBITS) == Z_OK;
            if (!m_ok)
                m_error = QStringLiteral("cannot initialise the gzip decoder");
        }
        ~GzipSource() override { inflateEnd(&m_stream); }

        std::int64_t read(char* buffer, std::int64_t maxBytes) override
        {
            if (!m_ok)
                return -1;
            const std::int64_t produced = inflateInto(buffer, maxBytes);
            // Hand out what was decoded before a fault; the fault is reported by the next call.
            if (produced < 0 && m_produced > 0)
                return std::exchange(m_produced, 0);
            return produced;
        }

        std::int64_t inflateInto(char* buffer, std::int64_t maxBytes)
        {
            m_produced = 0;
            m_stream.next_out = reinterpret_cast<Bytef*>(buffer);
            m_stream.avail_out = static_cast<uInt>(std::min<std::int64_t>(maxBytes, 1 << 30));
            m_requested = m_stream.avail_out;
            while (m_stream.avail_out > 0 && !m_finished) {
                if (m_stream.avail_in == 0) {
                    const qint64 n = m_file->read(m_input.data(), static_cast<qint64>(m_input.size()));
                    if (n < 0) {
                        return fail(m_file->errorString());
                    }
                    if (n == 0) {
                        if (m_midMember)
                            return fail(QStringLiteral("the gzip data ends early (truncated download?)"));
                        m_finished = true;
                        break;
                    }
                    m_done += n;
                    m_stream.next_in = reinterpret_cast<Bytef*>(m_input.data());
                    m_stream.avail_in = static_cast<uInt>(n);
                }
                m_midMember = true;
                const int rc = inflate(&m_stream, Z_NO_FLUSH);
                if (rc == Z_STREAM_END) {
                    m_midMember = false;
                    inflateReset(&m_stream);
                } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                    return fail(QStringLiteral("corrupt gzip data: %1")
                                    .arg(QString::fromLatin1(m_stream.msg ? m_stream.msg : "inflate error")));
                } else if (rc == Z_BUF_ERROR && m_stream.avail_in != 0) {
                    return fail(QStringLiteral("corrupt gzip data"));
                }
            }
            return static_cast<std::int64_t>(maxBytes - m_stream.avail_out);
        }
        std::int64_t progressBytes() const override { return m_done; }
        std::int64_t totalBytes() const override { return m_total; }
        QString error() const override { return m_error; }

    private:
        std::int64_t fail(const QString& message)
        {
            m_produced = static_cast<std::int64_t>(m_requested - m_stream.avail_out);
            m_error = message;
            m_ok = false;
            return -1;
        }

        static constexpr std::size_t kChunk = 64 * 1024;
        std::unique_ptr<QFile> m_file;
        std::int64_t m_total = 0;
        std::int64_t m_done = 0;
        std::vector<char> m_input;
        z_stream m_stream{};
        bool m_ok = false;
        bool m_finished = false;
        bool m_midMember = false;
        uInt m_requested = 0;
        std::int64_t m_produced = 0; ///< bytes decoded by the call that hit a fault
        QString m_error;
    };

} // namespace

std::unique_ptr<ByteSource> openByteSource(const QString& path, QString* error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: cannot open: %2").arg(path, file->errorString());
        return nullptr;
    }
    char magic[2] = {0, 0};
    const qint64 peeked = file->peek(magic, 2);
    if (peeked == 2 && static_cast<unsigned char>(magic[0]) == 0x1f && static_cast<unsigned char>(magic[1]) == 0x8b)
        return std::make_unique<GzipSource>(std::move(file));
    return std::make_unique<FileSource>(std::move(file));
}

} // namespace cloudshift
