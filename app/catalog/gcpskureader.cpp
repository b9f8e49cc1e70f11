#include "gcpskureader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <vector>

namespace cloudshift {

namespace {

QString text(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

// The member, or null when the value is no object or lacks it: a hand-edited or truncated file must not
// reach nlohmann's unchecked or throwing accessors.
const nlohmann::json& member(const nlohmann::json& object, const char* key)
{
    static const nlohmann::json none;
    const auto it = object.find(key);
    return it != object.end() ? *it : none;
}

double number(const nlohmann::json& object, const char* key, double fallback)
{
    const nlohmann::json& value = member(object, key);
    return value.is_number() ? value.get<double>() : fallback;
}

// Accelerator names in GPU SKU descriptions and the machine series that carry them.
struct GpuSeries
{
    const char16_t* name;
    std::initializer_list<const char16_t*> series;
};
const GpuSeries kGpus[] = {
    { u"A100 80GB", { u"a2-ultragpu" } },
    { u"A100", { u"a2-highgpu", u"a2-megagpu" } },
    { u"H100", { u"a3-highgpu", u"a3-megagpu" } },
    { u"L4", { u"g2-standard" } },
};

struct SeriesPrices
{
    double core = -1.0;
    double ram = -1.0;
    QString date;
};

} // namespace

GcpSkuReader::GcpSkuReader(const VmTable& machineTypes)
    : m_machineTypes(machineTypes)
{
}

bool GcpSkuReader::read(const QString& path, CatalogOverlay& overlay, PriceImport& result) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = file.errorString();
        return false;
    }
    const nlohmann::json json = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (json.is_discarded() || !json.contains("skus")) {
        result.error = QStringLiteral("not a Cloud Billing Catalog SKU list");
        return false;
    }
    static const QRegularExpression seriesToken(QStringLiteral("^(?:Spot Preemptible )?([A-Z]\\d+[A-Z]?) "));
    // (usage, series or GPU family, region) → price; usage is "OnDemand" or "Preemptible".
    std::map<QString, SeriesPrices> cpu;
    std::map<QString, std::pair<double, QString>> gpu;
    struct DiskRate
    {
        QString product;
        QString region;
        double usd;
        QString date;
    };
    std::vector<DiskRate> pendingRates;
    QString newest;
    for (const auto& sku : json["skus"]) {
        const auto& category = member(sku, "category");
        const QString usage = text(category, "usageType");
        const QString group = text(category, "resourceGroup");
        const QString description = text(sku, "description");
        const auto& infos = member(sku, "pricingInfo");
        if (!infos.is_array() || infos.empty() || (usage != u"OnDemand" && usage != u"Preemptible")) {
            ++result.skipped;
            continue;
        }
        const auto& info = infos[0];
        QString date = text(info, "effectiveTime");
        if (date.isEmpty())
            date = text(info, "EffectiveTime");
        date = date.left(10);
        newest = qMax(newest, date);
        const auto& rates = member(member(info, "pricingExpression"), "tieredRates");
        if (!rates.is_array() || rates.empty()) {
            ++result.skipped;
            continue;
        }
        const auto& price = member(rates.back(), "unitPrice");
        double amount = text(price, "units").toDouble() + number(price, "nanos", 0.0) / 1e9;
        // USD × currencyConversionRate is what the file shows for another currency.
        const double rate = number(info, "currencyConversionRate", 1.0);
        if (rate > 0)
            amount /= rate;
        QString disk;
        for (const auto& [name, product] : { std::pair { u"Balanced PD Capacity", u"pd-balanced" },
                 std::pair { u"SSD backed PD Capacity", u"pd-ssd" },
                 std::pair { u"Storage PD Capacity", u"pd-standard" } }) {
            if (description.startsWith(QStringView(name)) && usage == u"OnDemand")
                disk = QString::fromUtf16(product);
        }
        const auto& regions = member(sku, "serviceRegions");
        for (const auto& regionValue : regions.is_array() ? regions : nlohmann::json::array()) {
            if (!regionValue.is_string())
                continue;
            const QString region = QString::fromStdString(regionValue.get<std::string>());
            if (!disk.isEmpty()) {
                pendingRates.push_back({ disk, region, amount, date });
                continue;
            }
            if (group == u"GPU") {
                for (const GpuSeries& g : kGpus) {
                    if (description.contains(QStringView(g.name))) {
                        gpu[usage + u'|' + QString::fromUtf16(g.name) + u'|' + region] = { amount, date };
                        break;
                    }
                }
                continue;
            }
            const QRegularExpressionMatch match = seriesToken.match(description);
            if ((group != u"CPU" && group != u"RAM") || !match.hasMatch()
                || description.contains(u"Custom")) {
                ++result.skipped;
                break;
            }
            SeriesPrices& prices = cpu[usage + u'|' + match.captured(1).toLower() + u'|' + region];
            (group == u"CPU" ? prices.core : prices.ram) = amount;
            prices.date = qMax(prices.date, date);
        }
    }
    // Rows without their own date take the newest date of the file.
    QHash<QString, QString> sourceOf;
    const auto sourceFor = [&](QString date) {
        if (date.isEmpty())
            date = newest;
        if (!sourceOf.contains(date)) {
            const QString id = QStringLiteral("gcp-billing-catalog-%1").arg(date);
            sourceOf.insert(date, id);
            const CatalogSource source { id,
                QStringLiteral("Google Cloud Billing Catalog SKUs, effective %1").arg(date), date,
                QStringLiteral("Google Cloud public list prices"), QFileInfo(path).fileName() };
            overlay.addSource(source);
            result.sources.push_back(source);
        }
        return sourceOf.value(date);
    };
    for (const DiskRate& disk : pendingRates) {
        Rate rate;
        rate.cloud = Cloud::Gcp;
        rate.kind = QStringLiteral("block");
        rate.product = disk.product;
        rate.region = disk.region;
        rate.unit = QStringLiteral("GB-month");
        rate.usd = disk.usd;
        rate.source = sourceFor(disk.date);
        overlay.setRate(rate);
        ++result.rates;
    }
    for (const auto& [key, prices] : cpu) {
        if (prices.core < 0 || prices.ram < 0)
            continue;
        const QStringList parts = key.split(u'|');
        const bool spot = parts[0] == u"Preemptible";
        for (int t = 0; t < m_machineTypes.typeCount(); ++t) {
            const VmType& type = m_machineTypes.type(t);
            if (!type.sku.startsWith(parts[1] + u'-') || !type.hasSpec())
                continue;
            double usd = type.vcpu * prices.core + type.memoryGiB * prices.ram;
            QString date = prices.date;
            if (type.gpu > 0) {
                const GpuSeries* carried = nullptr;
                for (const GpuSeries& g : kGpus)
                    for (const char16_t* series : g.series)
                        if (type.family == QStringView(series))
                            carried = &g;
                const auto found = carried
                    ? gpu.find(parts[0] + u'|' + QString::fromUtf16(carried->name) + u'|' + parts[2])
                    : gpu.end();
                if (found == gpu.end())
                    continue;
                usd += type.gpu * found->second.first;
                date = qMax(date, found->second.second);
            }
            overlay.setVmPrice({ Cloud::Gcp, parts[2], type.sku, spot ? VmTable::Spot : VmTable::Linux,
                std::round(usd * 1e6) / 1e6, sourceFor(date), type.vcpu, type.memoryGiB });
            ++result.vmPrices;
        }
    }
    if (result.vmPrices == 0 && result.rates == 0 && result.error.isEmpty())
        result.error = QStringLiteral("no Compute Engine machine type could be priced from its SKUs");
    return result.error.isEmpty();
}

} // namespace cloudshift
