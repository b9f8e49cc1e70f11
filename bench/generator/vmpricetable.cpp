#include "vmpricetable.h"

#include "fixeddecimal.h"

#include <QFile>
#include <QList>

#include <algorithm>

namespace cloudshift {

namespace {

QByteArray key(const QByteArray& region, const QByteArray& size)
{
    return region + '|' + size;
}

} // namespace

bool VmPriceTable::load(const QString& path, const QList<QByteArray>& regions, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open VM price table %1: %2").arg(path, file.errorString());
        return false;
    }
    // The table is plain comma-separated text without quoted fields.
    const QList<QByteArray> header = file.readLine().trimmed().split(',');
    const auto column = [&header](const char* name) { return int(header.indexOf(QByteArray(name))); };
    const int regionColumn = column("region");
    const int sizeColumn = column("vm_size");
    const int vcpuColumn = column("vcpu");
    const int linuxColumn = column("linux_payg_usd_hour");
    const int windowsColumn = column("windows_payg_usd_hour");
    if (regionColumn < 0 || sizeColumn < 0 || vcpuColumn < 0 || linuxColumn < 0 || windowsColumn < 0) {
        *error = QStringLiteral("%1: header lacks region, vm_size, vcpu, linux_payg_usd_hour or "
                                "windows_payg_usd_hour")
                     .arg(path);
        return false;
    }
    const int needed = std::max({ regionColumn, sizeColumn, vcpuColumn, linuxColumn, windowsColumn });

    m_prices.clear();
    int line = 1;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++line;
        if (text.isEmpty())
            continue;
        const QList<QByteArray> fields = text.split(',');
        if (fields.size() <= needed || !regions.contains(fields.at(regionColumn)))
            continue;
        Price price;
        if (!FixedDecimal::parse(fields.at(linuxColumn), FixedDecimal::priceScale, &price.linuxHourly)) {
            *error = QStringLiteral("%1:%2: unreadable Linux price '%3'")
                         .arg(path)
                         .arg(line)
                         .arg(QString::fromUtf8(fields.at(linuxColumn)));
            return false;
        }
        if (!fields.at(windowsColumn).isEmpty()
            && !FixedDecimal::parse(fields.at(windowsColumn), FixedDecimal::priceScale, &price.windowsHourly))
            price.windowsHourly = 0;
        price.vcpus = fields.at(vcpuColumn).toInt();
        m_prices.insert(key(fields.at(regionColumn), fields.at(sizeColumn)), price);
    }
    return true;
}

std::optional<VmPriceTable::Price> VmPriceTable::price(const QByteArray& region, const QByteArray& size) const
{
    const auto found = m_prices.constFind(key(region, size));
    if (found == m_prices.cend())
        return std::nullopt;
    return *found;
}

} // namespace cloudshift
