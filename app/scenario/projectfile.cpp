#include "projectfile.h"

#include "scenario/inventoryjson.h"
#include "scenario/jsonfieldreader.h"
#include "scenario/projectjson.h"
#include "scenario/projectriskjson.h"
#include "scenario/scenariojson.h"

#include <QFile>
#include <QIODevice>
#include <QSaveFile>
#include <QSet>

#include <nlohmann/json.hpp>

#include <cstring>

namespace cloudshift {

namespace {

    constexpr int kOldestSchemaVersion = 1;

    // Writes "key": value pairs of the top-level object, each on its own line, lists one item a line.
    class ProjectWriter
    {
    public:
        ProjectWriter(QIODevice& device, const SaveProgress& keepGoing)
            : m_device(device)
            , m_keepGoing(keepGoing)
        {
        }

        bool ok() const { return m_ok; }

        void begin() { write("{\n"); }
        void end() { write("\n}\n"); }

        void member(const char* key, const nlohmann::json& value)
        {
            writeKey(key);
            write(value.dump());
        }

        void beginList(const char* key)
        {
            writeKey(key);
            write("[");
            m_listItems = 0;
        }

        void item(const nlohmann::json& value)
        {
            write(m_listItems++ == 0 ? "\n" : ",\n");
            write(value.dump());
            // Asking after every item would cost more than writing a small one.
            if (m_keepGoing && m_listItems % 256 == 0 && m_ok && !m_keepGoing(m_written))
                m_ok = false;
        }

        void endList() { write(m_listItems == 0 ? "]" : "\n]"); }

    private:
        void writeKey(const char* key)
        {
            write(m_members++ == 0 ? "\"" : ",\n\"");
            write(key);
            write("\": ");
        }

        void write(const std::string& text) { write(text.data(), static_cast<qint64>(text.size())); }
        void write(const char* text) { write(text, static_cast<qint64>(std::strlen(text))); }
        void write(const char* data, qint64 size)
        {
            if (!m_ok)
                return;
            if (m_device.write(data, size) != size) {
                m_ok = false;
                return;
            }
            m_written += size;
        }

        QIODevice& m_device;
        const SaveProgress& m_keepGoing;
        qint64 m_written = 0;
        int m_members = 0;
        std::size_t m_listItems = 0;
        bool m_ok = true;
    };

    QString locate(const QByteArray& bytes, std::size_t byte)
    {
        // nlohmann counts the byte it stopped at from 1.
        const auto end = static_cast<qsizetype>(std::min<std::size_t>(byte == 0 ? 0 : byte - 1, bytes.size()));
        qsizetype line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < end; ++i) {
            if (bytes[i] == '\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        return QStringLiteral("line %1, column %2 (byte %3)").arg(line).arg(end - lineStart + 1).arg(byte);
    }

    // Version 1 kept one scenario and grouped by tag keys only.
    void readVersion1Parts(const nlohmann::json& json, Project& project, JsonFieldReader& reader)
    {
        if (const nlohmann::json* grouping = reader.object(json, "grouping", QString())) {
            QStringList keys;
            if (const nlohmann::json* tagKeys = reader.array(*grouping, "tag_keys", QStringLiteral("grouping"))) {
                for (const nlohmann::json& key : *tagKeys) {
                    if (!key.is_string()) {
                        reader.fail(QStringLiteral("grouping.tag_keys"), QStringLiteral("expected strings"));
                        break;
                    }
                    keys << QString::fromStdString(key.get<std::string>());
                }
            }
            project.grouping = GroupingSettings::fromTagKeys(keys);
        }
        if (const nlohmann::json* scenario = reader.member(json, "scenario", QString(), false); scenario && !scenario->is_null())
            project.scenarios.push_back(projectScenarioFromJson(*scenario, reader, QStringLiteral("scenario")));
    }

    void readVersion2Parts(const nlohmann::json& json, Project& project, JsonFieldReader& reader)
    {
        if (const nlohmann::json* grouping = reader.object(json, "grouping", QString()))
            project.grouping = groupingFromJson(*grouping, reader, QStringLiteral("grouping"));
        if (const nlohmann::json* overrides = reader.array(json, "mapping_overrides", QString())) {
            for (std::size_t i = 0; i < overrides->size() && reader.ok(); ++i)
                project.mappingOverrides.push_back(mappingOverrideFromJson((*overrides)[i], reader,
                    JsonFieldReader::index(QStringLiteral("mapping_overrides"), i)));
        }
        if (const nlohmann::json* scenarios = reader.array(json, "scenarios", QString())) {
            QSet<QString> names;
            for (std::size_t i = 0; i < scenarios->size() && reader.ok(); ++i) {
                const QString at = JsonFieldReader::index(QStringLiteral("scenarios"), i);
                Scenario scenario = projectScenarioFromJson((*scenarios)[i], reader, at);
                if (reader.ok() && names.contains(scenario.name))
                    reader.fail(JsonFieldReader::join(at, "name"), QStringLiteral("'%1' is used twice").arg(scenario.name));
                names.insert(scenario.name);
                project.scenarios.push_back(std::move(scenario));
            }
        }
    }

    std::optional<Project> readProject(const nlohmann::json& json, int version, JsonFieldReader& reader)
    {
        Project project;
        if (const nlohmann::json* import = reader.object(json, "import", QString()))
            project.import = importSummaryFromJson(*import, reader, QStringLiteral("import"));
        auto inventory = std::make_shared<Inventory>();
        if (const nlohmann::json* header = reader.object(json, "inventory", QString()))
            inventoryHeaderFromJson(*header, *inventory, reader, QStringLiteral("inventory"));
        std::vector<BilledMeter> meters;
        if (const nlohmann::json* table = reader.array(json, "meters", QString())) {
            meters.reserve(table->size());
            for (std::size_t i = 0; i < table->size() && reader.ok(); ++i)
                meters.push_back(meterFromJson((*table)[i], reader, JsonFieldReader::index(QStringLiteral("meters"), i)));
        }
        if (const nlohmann::json* resources = reader.array(json, "resources", QString())) {
            const auto months = static_cast<std::size_t>(std::max(0, inventory->monthCount));
            inventory->resources.reserve(resources->size());
            for (std::size_t i = 0; i < resources->size() && reader.ok(); ++i)
                inventory->resources.push_back(resourceFromJson((*resources)[i], meters, months, reader,
                    JsonFieldReader::index(QStringLiteral("resources"), i)));
        }
        if (const nlohmann::json* assumptions = reader.object(json, "assumptions", QString()))
            project.assumptions = assumptionsFromJson(*assumptions, reader, QStringLiteral("assumptions"));
        if (version == 1)
            readVersion1Parts(json, project, reader);
        else
            readVersion2Parts(json, project, reader);
        // Added within version 2: files without it keep the default weights and no flows or populations.
        if (const nlohmann::json* risk = reader.member(json, "risk", QString(), false))
            projectRiskFromJson(*risk, project, reader, QStringLiteral("risk"));
        if (!reader.ok())
            return std::nullopt;
        project.inventory = std::move(inventory);
        return project;
    }

} // namespace

bool writeProject(const Project& project, QIODevice& device, const SaveProgress& keepGoing)
{
    static const Inventory noInventory;
    const Inventory& inventory = project.inventory ? *project.inventory : noInventory;
    ProjectWriter writer(device, keepGoing);
    writer.begin();
    writer.member("format", kProjectFormat);
    writer.member("schema_version", kProjectSchemaVersion);
    writer.member("import", importSummaryToJson(project.import));
    writer.member("inventory", inventoryHeaderToJson(inventory));
    writer.member("grouping", groupingToJson(project.grouping));
    writer.beginList("mapping_overrides");
    for (const MappingOverride& o : project.mappingOverrides)
        writer.item(mappingOverrideToJson(o));
    writer.endList();
    writer.member("assumptions", project.assumptions);
    writer.member("risk", projectRiskToJson(project));
    writer.beginList("scenarios");
    for (const Scenario& scenario : project.scenarios)
        writer.item(scenario);
    writer.endList();
    // Resources before the meter table: the table fills as the resources are written.
    MeterTable meters;
    writer.beginList("resources");
    for (const Resource& resource : inventory.resources) {
        writer.item(resourceToJson(resource, meters));
        if (!writer.ok())
            return false;
    }
    writer.endList();
    writer.beginList("meters");
    for (const BilledMeter& meter : meters.meters())
        writer.item(meterToJson(meter));
    writer.endList();
    writer.end();
    return writer.ok();
}

bool saveProject(const Project& project, const QString& path, QString* error, const SaveProgress& keepGoing)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: cannot save the project: %2").arg(path, file.errorString());
        return false;
    }
    bool stopped = false;
    const SaveProgress poll = [&](qint64 written) {
        stopped = keepGoing && !keepGoing(written);
        return !stopped;
    };
    if (!writeProject(project, file, poll)) {
        *error = stopped ? QStringLiteral("%1: saving was cancelled").arg(path)
                         : QStringLiteral("%1: cannot save the project: %2").arg(path, file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = QStringLiteral("%1: cannot save the project: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

std::optional<Project> projectFromBytes(const QByteArray& bytes, const QString& fileName, QString* error)
{
    if (bytes.trimmed().isEmpty()) {
        *error = QStringLiteral("%1: not a CloudShift project: the file is empty").arg(fileName);
        return std::nullopt;
    }
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const nlohmann::json::parse_error& e) {
        *error = QStringLiteral("%1: not a CloudShift project: invalid JSON at %2").arg(fileName, locate(bytes, e.byte));
        return std::nullopt;
    } catch (const nlohmann::json::out_of_range&) {
        // A number too large for a double (1e999) is valid JSON the parser cannot hold.
        *error = QStringLiteral("%1: not a CloudShift project: a number in the file is out of range").arg(fileName);
        return std::nullopt;
    }
    const auto format = json.is_object() ? json.find("format") : json.end();
    if (!json.is_object() || format == json.end() || !format->is_string()) {
        *error = QStringLiteral("%1: not a CloudShift project (no \"format\": \"%2\" marker)").arg(fileName, QLatin1String(kProjectFormat));
        return std::nullopt;
    }
    if (format->get<std::string>() != kProjectFormat) {
        *error = QStringLiteral("%1: not a CloudShift project (format '%2', expected '%3')")
                     .arg(fileName, QString::fromStdString(format->get<std::string>()), QLatin1String(kProjectFormat));
        return std::nullopt;
    }
    JsonFieldReader reader;
    const qint64 version = reader.integer(json, "schema_version", QString());
    if (reader.ok() && version > kProjectSchemaVersion) {
        *error = QStringLiteral("%1: made by a newer CloudShift (project schema version %2; this version reads up to %3)")
                     .arg(fileName)
                     .arg(version)
                     .arg(kProjectSchemaVersion);
        return std::nullopt;
    }
    if (reader.ok() && version < kOldestSchemaVersion)
        reader.fail(QStringLiteral("schema_version"), QStringLiteral("%1 is not a schema version").arg(version));
    std::optional<Project> project;
    if (reader.ok())
        project = readProject(json, static_cast<int>(version), reader);
    if (!reader.ok()) {
        *error = QStringLiteral("%1: damaged project: %2").arg(fileName, reader.error());
        return std::nullopt;
    }
    return project;
}

std::optional<Project> loadProject(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open the project: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return projectFromBytes(file.readAll(), path, error);
}

} // namespace cloudshift
