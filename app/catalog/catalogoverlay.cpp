#include "catalogoverlay.h"

#include "catalog/catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <nlohmann/json.hpp>

namespace cloudshift {

namespace {

constexpr int kFormat = 1;

std::string str(const QString& text)
{
    return text.toStdString();
}

QString text(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

double number(const nlohmann::json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : 0.0;
}

QString columnId(VmTable::PriceColumn column)
{
    switch (column) {
    case VmTable::Windows:
        return QStringLiteral("windows");
    case VmTable::Spot:
        return QStringLiteral("spot");
    default:
        return QStringLiteral("linux");
    }
}

std::optional<VmTable::PriceColumn> columnFromId(const QString& id)
{
    if (id == u"linux")
        return VmTable::Linux;
    if (id == u"windows")
        return VmTable::Windows;
    if (id == u"spot")
        return VmTable::Spot;
    return std::nullopt;
}

QString vmKey(const CatalogOverlay::VmPrice& p)
{
    return QStringList { cloudId(p.cloud), p.region.toLower(), p.sku.toLower(), columnId(p.column) }.join(
        u'|');
}

QString rateKey(const Rate& r)
{
    return QStringList { cloudId(r.cloud), r.kind, r.product.toLower(), r.region.toLower(),
        QString::number(r.tierStart) }
        .join(u'|');
}

} // namespace

void CatalogOverlay::addSource(const CatalogSource& source)
{
    for (CatalogSource& existing : m_sources) {
        if (existing.id == source.id) {
            existing = source;
            return;
        }
    }
    m_sources.push_back(source);
}

void CatalogOverlay::setVmPrice(const VmPrice& price)
{
    m_vmPrices[vmKey(price)] = price;
}

void CatalogOverlay::setRate(const Rate& rate)
{
    m_rates[rateKey(rate)] = rate;
}

bool CatalogOverlay::load(const QString& path)
{
    m_error.clear();
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const nlohmann::json json = nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (json.is_discarded() || !json.is_object() || json.value("format", 0) != kFormat) {
        m_error = path + QStringLiteral(": not a CloudShift price overlay (format 1)");
        return false;
    }
    for (const auto& s : json.value("sources", nlohmann::json::array()))
        addSource(CatalogSource {
            text(s, "id"), text(s, "title"), text(s, "asOf"), text(s, "licence"), text(s, "upstream") });
    for (const auto& v : json.value("vmPrices", nlohmann::json::array())) {
        const std::optional<Cloud> cloud = cloudFromId(text(v, "cloud"));
        const std::optional<VmTable::PriceColumn> column = columnFromId(text(v, "price"));
        if (!cloud || !column)
            continue;
        setVmPrice(VmPrice { *cloud, text(v, "region"), text(v, "sku"), *column, number(v, "usdPerHour"),
            text(v, "source"), number(v, "vcpu"), number(v, "memoryGiB") });
    }
    for (const auto& r : json.value("rates", nlohmann::json::array())) {
        const std::optional<Cloud> cloud = cloudFromId(text(r, "cloud"));
        if (!cloud)
            continue;
        Rate rate;
        rate.cloud = *cloud;
        rate.kind = text(r, "kind");
        rate.product = text(r, "product");
        rate.region = text(r, "region");
        rate.unit = text(r, "unit");
        rate.usd = number(r, "usd");
        rate.tierStart = number(r, "tierStart");
        rate.source = text(r, "source");
        rate.note = text(r, "note");
        setRate(rate);
    }
    return true;
}

bool CatalogOverlay::save(const QString& path)
{
    nlohmann::json sources = nlohmann::json::array();
    for (const CatalogSource& s : m_sources)
        sources.push_back({ { "id", str(s.id) }, { "title", str(s.title) }, { "asOf", str(s.asOf) },
            { "licence", str(s.licence) }, { "upstream", str(s.upstream) } });
    nlohmann::json vms = nlohmann::json::array();
    for (const auto& [key, v] : m_vmPrices)
        vms.push_back({ { "cloud", str(cloudId(v.cloud)) }, { "region", str(v.region) },
            { "sku", str(v.sku) }, { "price", str(columnId(v.column)) }, { "usdPerHour", v.usdPerHour },
            { "source", str(v.source) }, { "vcpu", v.vcpu }, { "memoryGiB", v.memoryGiB } });
    nlohmann::json rates = nlohmann::json::array();
    for (const auto& [key, r] : m_rates)
        rates.push_back(
            { { "cloud", str(cloudId(r.cloud)) }, { "kind", str(r.kind) }, { "product", str(r.product) },
                { "region", str(r.region) }, { "unit", str(r.unit) }, { "usd", r.usd },
                { "tierStart", r.tierStart }, { "source", str(r.source) }, { "note", str(r.note) } });
    const nlohmann::json json
        = { { "format", kFormat }, { "sources", sources }, { "vmPrices", vms }, { "rates", rates } };

    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    const std::string bytes = json.dump(1);
    file.write(bytes.data(), static_cast<qint64>(bytes.size()));
    if (!file.commit()) {
        m_error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    return true;
}

void CatalogOverlay::applyTo(Catalog& catalog) const
{
    QHash<QString, QString> dates;
    for (const CatalogSource& source : m_sources) {
        dates.insert(source.id, source.asOf);
        catalog.m_overlaySources.push_back(source);
        catalog.m_sources.push_back(source);
    }
    for (const auto& [key, v] : m_vmPrices) {
        VmTable& table = catalog.m_vms[static_cast<std::size_t>(v.cloud)];
        VmType shape;
        shape.sku = v.sku;
        shape.vcpu = v.vcpu;
        shape.memoryGiB = v.memoryGiB;
        shape.arch = QStringLiteral("amd64");
        shape.category = QStringLiteral("other");
        const int type = table.ensureType(shape);
        const int region = table.ensureRegion(v.region);
        const int source = table.ensureSource(v.source, dates.value(v.source));
        table.overridePrice(region, type, v.column, v.usdPerHour, source);
    }
    for (const auto& [key, r] : m_rates) {
        Rate rate = r;
        rate.scope = RateScope::Region;
        rate.sourceDate = dates.value(rate.source);
        catalog.m_rates.add(rate);
    }
}

} // namespace cloudshift
