#include "latencydata.h"

#include "catalog/jsontablereader.h"

#include <QFile>

#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>

namespace cloudshift {

namespace {

constexpr int kFormat = 1;
using Cell = JsonTableReader::Cell;
using Rows = std::vector<std::vector<Cell>>;

// One parsed file: its scalars by path (in the reader) and a copy of every table's rows. The files
// are small (a few thousand rows), so rows are kept and read by column name afterwards.
struct Document
{
    JsonTableReader reader;
    std::map<std::string, Rows> rows;

    // Reads one column of a table by name; the tool may add columns, so positions are never assumed.
    struct Table
    {
        const Document& document;
        std::string path;

        const Rows& rows() const
        {
            static const Rows none;
            const auto it = document.rows.find(path);
            return it == document.rows.end() ? none : it->second;
        }
        int column(std::string_view name) const { return document.reader.requireColumn(path, name); }
    };
    Table table(const std::string& path) const { return { *this, path }; }
};

void load(const QString& directory, const QString& name, Document& document)
{
    QFile file(directory + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error(name.toStdString() + ": " + file.errorString().toStdString());
    try {
        document.reader.parse(
            file.readAll(), [&document](const std::string& table, JsonTableReader::Row row) {
                document.rows[table].emplace_back(row.begin(), row.end());
            });
        if (document.reader.number("format") != kFormat)
            throw std::runtime_error("unsupported format");
    } catch (const std::exception& e) {
        throw std::runtime_error(name.toStdString() + ": " + e.what());
    }
}

const Cell& at(const std::vector<Cell>& row, int column)
{
    static const Cell missing;
    return column >= 0 && static_cast<std::size_t>(column) < row.size()
        ? row[static_cast<std::size_t>(column)]
        : missing;
}

LatencyModel::PathClass pathClass(const QString& id)
{
    if (id == u"same")
        return LatencyModel::PathClass::SameCloud;
    if (id == u"cross")
        return LatencyModel::PathClass::CrossCloud;
    throw std::runtime_error("model.json: unknown class \"" + id.toStdString() + '"');
}

LatencyModel readModel(const Document& doc, const std::string& prefix)
{
    LatencyModel model;
    const auto classes = doc.table(prefix + ".classes");
    const int cClass = classes.column("class"), cA = classes.column("interceptMs"),
              cK = classes.column("routeFactor");
    for (const auto& row : classes.rows())
        model.setClass(pathClass(at(row, cClass).toString()), at(row, cA).toDouble(), at(row, cK).toDouble());

    const auto route = doc.table(prefix + ".routeFactors");
    const int rClass = route.column("class"), rA = route.column("groupA"), rB = route.column("groupB"),
              rK = route.column("routeFactor");
    for (const auto& row : route.rows())
        model.setRouteFactor(pathClass(at(row, rClass).toString()), at(row, rA).toString(),
            at(row, rB).toString(), at(row, rK).toDouble());

    const auto regions = doc.table(prefix + ".regionFactors");
    const int fRegion = regions.column("region"), fFactor = regions.column("factor");
    for (const auto& row : regions.rows())
        model.setRegionFactor(at(row, fRegion).toString(), at(row, fFactor).toDouble());

    const auto bands = doc.table(prefix + ".bands");
    const int bClass = bands.column("class"), bFrom = bands.column("fromKm"), bLow = bands.column("low"),
              bHigh = bands.column("high");
    for (const auto& row : bands.rows())
        model.addBand(pathClass(at(row, bClass).toString()), at(row, bFrom).toDouble(),
            at(row, bLow).toDouble(), at(row, bHigh).toDouble());

    model.setIntraRegion(doc.reader.number(prefix + ".intraRegion.rttMs"),
        doc.reader.number(prefix + ".intraRegion.lowMs"), doc.reader.number(prefix + ".intraRegion.highMs"));
    if (!model.isValid())
        throw std::runtime_error("model.json: " + prefix + " lacks the class parameters");
    return model;
}

} // namespace

LatencyData::LatencyData(const QString& directory)
{
    try {
        read(directory);
    } catch (const std::exception& e) {
        m_error = QString::fromStdString(e.what());
        m_tables.clear();
        m_regions.clear();
        m_measuredRegions.clear();
        m_model = {};
        m_validationModel = {};
        m_crossValidation.clear();
    }
}

const LatencyData& LatencyData::embedded()
{
    static const LatencyData data;
    return data;
}

std::optional<RegionPoint> LatencyData::region(const QString& id) const
{
    const auto it = m_regions.constFind(id);
    return it == m_regions.cend() ? std::nullopt : std::optional<RegionPoint>(*it);
}

void LatencyData::read(const QString& directory)
{
    Document manifest;
    load(directory, QStringLiteral("manifest.json"), manifest);
    const auto list = manifest.table("tables");
    const int cId = list.column("id"), cFile = list.column("file"), cTitle = list.column("title"),
              cAsOf = list.column("asOf"), cLicence = list.column("licence"),
              cUpstream = list.column("upstream");
    for (const auto& row : list.rows()) {
        MeasuredTable table { at(row, cId).toString(), at(row, cTitle).toString(), at(row, cAsOf).toString(),
            at(row, cLicence).toString(), at(row, cUpstream).toString(), {} };
        Document doc;
        load(directory, at(row, cFile).toString(), doc);
        const auto measured = doc.table("measured");
        const int cFrom = measured.column("from"), cTo = measured.column("to"),
                  cRtt = measured.column("rttMs");
        table.rttMs.reserve(static_cast<qsizetype>(measured.rows().size()));
        for (const auto& pair : measured.rows()) {
            const QString from = at(pair, cFrom).toString();
            const QString to = at(pair, cTo).toString();
            table.rttMs.insert(MeasuredTable::pairKey(from, to), at(pair, cRtt).toDouble());
            m_measuredRegions.insert(from, true);
            m_measuredRegions.insert(to, true);
        }
        m_tables.push_back(std::move(table));
    }
    // Lookups go newest first whatever order the manifest lists the tables in.
    std::stable_sort(m_tables.begin(), m_tables.end(),
        [](const MeasuredTable& a, const MeasuredTable& b) { return a.asOf > b.asOf; });

    Document regions;
    load(directory, QStringLiteral("regions.json"), regions);
    const auto groups = regions.table("groups");
    const int gId = groups.column("id"), gName = groups.column("name");
    for (const auto& row : groups.rows())
        m_groupNames.insert(at(row, gId).toString(), at(row, gName).toString());
    const auto points = regions.table("regions");
    const int pRegion = points.column("region"), pLat = points.column("lat"), pLon = points.column("lon"),
              pGroup = points.column("group");
    for (const auto& row : points.rows())
        m_regions.insert(at(row, pRegion).toString(),
            { GeoCoordinate { at(row, pLat).toDouble(), at(row, pLon).toDouble() },
                at(row, pGroup).toString() });

    Document model;
    load(directory, QStringLiteral("model.json"), model);
    m_model = readModel(model, "fitted");
    m_validationModel = readModel(model, "validation");
    m_folds = static_cast<int>(model.reader.number("folds"));
    m_heldOutFold = static_cast<int>(model.reader.number("validation.heldOutFold"));
    m_modelAsOf = model.reader.string("asOf");
    const auto cv = model.table("crossValidation");
    const int vTable = cv.column("table"), vPairs = cv.column("pairs"),
              vPlainMedian = cv.column("plainMedianPct"), vPlainP90 = cv.column("plainP90Pct"),
              vMedian = cv.column("medianPct"), vP90 = cv.column("p90Pct"),
              vHeldOut = cv.column("heldOutPairs"), vHeldMedian = cv.column("heldOutMedianPct"),
              vHeldP90 = cv.column("heldOutP90Pct");
    for (const auto& row : cv.rows())
        m_crossValidation.push_back(
            { at(row, vTable).toString(), static_cast<int>(at(row, vPairs).toDouble()),
                at(row, vPlainMedian).toDouble(), at(row, vPlainP90).toDouble(), at(row, vMedian).toDouble(),
                at(row, vP90).toDouble(), static_cast<int>(at(row, vHeldOut).toDouble()),
                at(row, vHeldMedian).toDouble(), at(row, vHeldP90).toDouble() });
    if (m_tables.empty())
        throw std::runtime_error("manifest.json lists no measured table");
}

} // namespace cloudshift
