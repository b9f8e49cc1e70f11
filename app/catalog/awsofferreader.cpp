#include "awsofferreader.h"

#include <QFile>

#include <fstream>
#include <nlohmann/json.hpp>
#include <unordered_map>
#include <vector>

namespace cloudshift {

namespace {

QString qs(const std::string& text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

struct PriceDimension
{
    QString termType;
    QString unit;
    double usd = 0.0;
};

// Follows the document by the keys of the objects it is in; arrays only appear where nothing is kept
// ("appliesTo", "attributesList" values), so they are skipped as a whole.
class OfferSax : public nlohmann::json_sax<nlohmann::json>
{
public:
    AwsOfferHeader header;
    std::unordered_map<std::string, AwsOfferRow> products;
    std::unordered_map<std::string, std::vector<PriceDimension>> prices;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool string(string_t& value) override
    {
        if (m_arrays > 0)
            return true;
        const std::size_t depth = m_path.size();
        const std::string& key = m_key;
        if (depth == 1) {
            if (key == "offerCode")
                header.offerCode = qs(value);
            else if (key == "version")
                header.version = qs(value);
            else if (key == "publicationDate")
                header.publicationDate = qs(value);
        } else if (depth == 3 && m_path[1] == "products" && key == "productFamily") {
            m_product.productFamily = qs(value);
        } else if (depth == 4 && m_path[1] == "products" && m_path[3] == "attributes") {
            m_product.attributes.insert(AwsOfferRow::normalizedKey(qs(key)), qs(value));
        } else if (depth == 7 && m_path[1] == "terms" && key == "unit") {
            m_dimension.unit = qs(value);
        } else if (depth == 8 && m_path[1] == "terms" && m_path[7] == "pricePerUnit" && key == "USD") {
            m_dimension.usd = qs(value).toDouble();
        }
        return true;
    }
    bool start_object(std::size_t) override
    {
        if (m_arrays > 0)
            return true;
        m_path.push_back(m_key);
        if (m_path.size() == 3 && m_path[1] == "products") {
            m_product = AwsOfferRow();
            m_product.sku = qs(m_path[2]);
        } else if (m_path.size() == 7 && m_path[1] == "terms") {
            m_dimension = PriceDimension { qs(m_path[2]), QString(), 0.0 };
        }
        return true;
    }
    bool key(string_t& value) override
    {
        m_key = value;
        return true;
    }
    bool end_object() override
    {
        if (m_arrays > 0)
            return true;
        if (m_path.size() == 3 && m_path[1] == "products")
            products[m_path[2]] = std::move(m_product);
        else if (m_path.size() == 7 && m_path[1] == "terms")
            prices[m_path[3]].push_back(m_dimension);
        m_path.pop_back();
        return true;
    }
    bool start_array(std::size_t) override
    {
        ++m_arrays;
        return true;
    }
    bool end_array() override
    {
        --m_arrays;
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) override
    {
        error = "byte " + std::to_string(position) + ": " + e.what();
        return false;
    }

    std::string error;

private:
    // m_path[0] is the root's empty key: depth 1 holds the top-level members.
    std::vector<std::string> m_path;
    std::string m_key;
    int m_arrays = 0;
    AwsOfferRow m_product;
    PriceDimension m_dimension;
};

// One CSV line into fields: quoted fields may hold commas and doubled quotes.
QStringList splitCsv(const QString& line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'"') {
            if (quoted && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else {
                quoted = !quoted;
            }
        } else if (c == u',' && !quoted) {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

} // namespace

bool AwsOfferReader::readJson(const QString& path, const RowHandler& onRow)
{
    std::ifstream stream(QFile::encodeName(path).toStdString(), std::ios::binary);
    if (!stream) {
        m_error = QStringLiteral("cannot open");
        return false;
    }
    OfferSax sax;
    if (!nlohmann::json::sax_parse(stream, &sax)) {
        m_error = QString::fromStdString(sax.error);
        return false;
    }
    m_header = sax.header;
    for (const auto& [sku, dimensions] : sax.prices) {
        const auto product = sax.products.find(sku);
        if (product == sax.products.end())
            continue;
        for (const PriceDimension& d : dimensions) {
            AwsOfferRow row = product->second;
            row.termType = d.termType;
            row.unit = d.unit;
            row.usd = d.usd;
            onRow(row);
        }
    }
    return true;
}

bool AwsOfferReader::readCsv(const QString& path, const RowHandler& onRow)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    // The preamble: "FormatVersion","v1.0" / "Disclaimer",... / "Publication Date",... / "Version",... /
    // "OfferCode",...
    for (int i = 0; i < 5; ++i) {
        const QStringList fields = splitCsv(QString::fromUtf8(file.readLine()).trimmed());
        const QString key = AwsOfferRow::normalizedKey(fields.value(0));
        if (key == u"publicationdate")
            m_header.publicationDate = fields.value(1);
        else if (key == u"version")
            m_header.version = fields.value(1);
        else if (key == u"offercode")
            m_header.offerCode = fields.value(1);
    }
    QStringList columns = splitCsv(QString::fromUtf8(file.readLine()).trimmed());
    for (QString& column : columns)
        column = AwsOfferRow::normalizedKey(column);
    const auto at = [&columns](const char* name) {
        return static_cast<int>(columns.indexOf(QString::fromLatin1(name)));
    };
    const int sku = at("sku");
    const int termType = at("termtype");
    const int unit = at("unit");
    const int price = at("priceperunit");
    const int family = at("productfamily");
    if (sku < 0 || termType < 0 || unit < 0 || price < 0) {
        m_error = QStringLiteral("not an AWS Price List CSV: no SKU, TermType, Unit or PricePerUnit column");
        return false;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList fields = splitCsv(line);
        AwsOfferRow row;
        row.sku = fields.value(sku);
        row.termType = fields.value(termType);
        row.unit = fields.value(unit);
        row.usd = fields.value(price).toDouble();
        row.productFamily = fields.value(family);
        for (int i = 0; i < columns.size() && i < fields.size(); ++i) {
            if (!fields.at(i).isEmpty())
                row.attributes.insert(columns.at(i), fields.at(i));
        }
        onRow(row);
    }
    return true;
}

} // namespace cloudshift
