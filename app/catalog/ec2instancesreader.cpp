#include "ec2instancesreader.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTimeZone>

#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

namespace cloudshift {

namespace {

// Prices are strings in this schema ("26.676"); numbers are accepted too.
std::optional<double> onDemand(const nlohmann::json& regionPrices, const char* os)
{
    const auto entry = regionPrices.find(os);
    if (entry == regionPrices.end() || !entry->is_object())
        return std::nullopt;
    const auto price = entry->find("ondemand");
    if (price == entry->end())
        return std::nullopt;
    double usd = 0.0;
    if (price->is_number())
        usd = price->get<double>();
    else if (price->is_string())
        usd = QString::fromStdString(price->get<std::string>()).toDouble();
    return usd > 0.0 ? std::optional<double>(usd) : std::nullopt;
}

double number(const nlohmann::json& record, const char* key)
{
    const auto it = record.find(key);
    if (it == record.end())
        return 0.0;
    if (it->is_number())
        return it->get<double>();
    return it->is_string() ? QString::fromStdString(it->get<std::string>()).toDouble() : 0.0;
}

} // namespace

Ec2InstancesReader::Ec2InstancesReader(QString asOf)
    : m_asOf(std::move(asOf))
{
}

bool Ec2InstancesReader::read(const QString& path, CatalogOverlay& overlay, PriceImport& result) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return false;
    }
    const nlohmann::json json = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (json.is_discarded() || (!json.is_object() && !json.is_array())) {
        result.error = QStringLiteral("not an EC2 instance record (ec2instances.info schema)");
        return false;
    }
    const bool given = !m_asOf.isEmpty();
    const QString date = given
        ? m_asOf
        : QFileInfo(path).lastModified().toTimeZone(QTimeZone::utc()).date().toString(Qt::ISODate);
    const CatalogSource source { QStringLiteral("ec2instances-%1").arg(date),
        given ? QStringLiteral("EC2 instance records (ec2instances.info schema), collected %1 as stated at "
                               "import: the schema carries no publication date")
                    .arg(date)
              : QStringLiteral("EC2 instance records (ec2instances.info schema), dated by the file's "
                               "modification time %1: the schema carries no publication date")
                    .arg(date),
        date, QStringLiteral("AWS public prices as collected by ec2instances.info"),
        QFileInfo(path).fileName() };

    const nlohmann::json records = json.is_array() ? json : nlohmann::json::array({ json });
    for (const nlohmann::json& record : records) {
        const auto type = record.find("instance_type");
        const auto pricing = record.find("pricing");
        if (!record.is_object() || type == record.end() || !type->is_string() || pricing == record.end()
            || !pricing->is_object()) {
            ++result.skipped;
            continue;
        }
        const QString sku = QString::fromStdString(type->get<std::string>());
        const double vcpu = number(record, "vCPU");
        const double memoryGiB = number(record, "memory");
        for (auto region = pricing->begin(); region != pricing->end(); ++region) {
            if (!region->is_object())
                continue;
            const QString regionId = QString::fromStdString(region.key());
            const std::optional<double> linuxUsd = onDemand(*region, "linux");
            const std::optional<double> windowsUsd = onDemand(*region, "mswin");
            if (linuxUsd) {
                overlay.setVmPrice(
                    { Cloud::Aws, regionId, sku, VmTable::Linux, *linuxUsd, source.id, vcpu, memoryGiB });
                ++result.vmPrices;
            }
            if (windowsUsd) {
                overlay.setVmPrice(
                    { Cloud::Aws, regionId, sku, VmTable::Windows, *windowsUsd, source.id, vcpu, memoryGiB });
                ++result.vmPrices;
            }
            if (!linuxUsd || vcpu <= 0.0)
                continue;
            // SQL Server licence included costs the same per vCPU on every size; the surcharge over Linux
            // is what a managed SQL Server line is built from.
            for (const auto& [key, edition] : { std::pair { "linuxSQL", "standard" },
                     std::pair { "linuxSQLEnterprise", "enterprise" }, std::pair { "linuxSQLWeb", "web" } }) {
                const std::optional<double> withSql = onDemand(*region, key);
                if (!withSql || *withSql <= *linuxUsd)
                    continue;
                Rate rate;
                rate.cloud = Cloud::Aws;
                rate.kind = QStringLiteral("database");
                rate.product = QStringLiteral("sqlserver-%1-license").arg(QLatin1String(edition));
                rate.region = regionId;
                rate.unit = QStringLiteral("vCPU-hour");
                rate.usd = std::round((*withSql - *linuxUsd) / vcpu * 1e6) / 1e6;
                rate.source = source.id;
                rate.note = QStringLiteral("(%1 - linux) / %2 vCPU, %3")
                                .arg(QLatin1String(key), QString::number(vcpu), sku);
                overlay.setRate(rate);
                ++result.rates;
            }
        }
    }
    if (result.vmPrices == 0 && result.rates == 0) {
        result.error = QStringLiteral("no on-demand Linux or Windows price in the EC2 instance records");
        return false;
    }
    overlay.addSource(source);
    result.sources.push_back(source);
    return true;
}

} // namespace cloudshift
