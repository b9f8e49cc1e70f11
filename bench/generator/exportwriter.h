#pragma once

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QString>

namespace cloudshift {

class Company;
struct MeterUsage;
struct Resource;

// Streams an EA cost-details file, schema 2024-08-01: UTF-8 BOM, the 57 documented columns in their
// documented order, LF line ends, RFC 4180 quoting. Output is buffered and written in large blocks,
// so memory stays flat whatever the file size.
class ExportWriter
{
public:
    explicit ExportWriter(const Company& company);
    ~ExportWriter();

    // "-" writes to standard output.
    bool open(const QString& path, QString* error);
    void writeHeader();
    // quantity is in micro-units; a refund is written with the quantity and cost negated.
    void writeLine(const Resource& resource, const MeterUsage& usage, QDate date, QDate periodStart,
        QDate periodEnd, qint64 quantity, bool refund);
    bool close(QString* error);

    qint64 bytes() const { return m_flushed + m_buffer.size(); }
    qint64 lines() const { return m_lines; }
    qint64 totalCost() const { return m_totalCost; } // 1e-8 dollars

    static QList<QByteArray> columns();

private:
    void field(const QByteArray& value);
    void flush();

    const Company& m_company;
    QFile m_file;
    QByteArray m_buffer;
    qint64 m_flushed = 0;
    qint64 m_lines = 0;
    qint64 m_totalCost = 0;
    bool m_failed = false;
};

} // namespace cloudshift
