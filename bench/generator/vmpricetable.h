#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace cloudshift {

// Pay-as-you-go VM prices per region and size, read from the project's Azure VM price table
// (region,vm_size,vcpu,...,linux_payg_usd_hour,windows_payg_usd_hour,...). Columns are found by name.
class VmPriceTable
{
public:
    struct Price
    {
        qint64 linuxHourly = 0; // micro-dollars an hour
        qint64 windowsHourly = 0; // 0 when the table has no Windows price
        int vcpus = 0;
    };

    // Keeps only the given regions. On failure returns false and sets *error.
    bool load(const QString& path, const QList<QByteArray>& regions, QString* error);

    std::optional<Price> price(const QByteArray& region, const QByteArray& size) const;
    qsizetype size() const { return m_prices.size(); }

private:
    QHash<QByteArray, Price> m_prices; // "region|size"
};

} // namespace cloudshift
