#pragma once

#include "catalog/awsofferrow.h"

#include <QString>

#include <functional>

namespace cloudshift {

/// Streams an AWS Price List offer file, JSON or CSV, row by row without holding the file: the regional
/// EC2 files run to hundreds of megabytes.
///
/// JSON: products are kept by SKU (attributes only), on-demand price dimensions by SKU, and joined at the
/// end, since nothing in the format promises "products" comes before "terms". CSV: five preamble lines
/// (FormatVersion, Disclaimer, Publication Date, Version, OfferCode), a header, then one row per price
/// dimension with the product's attributes flattened into columns.
class AwsOfferReader
{
public:
    using RowHandler = std::function<void(const AwsOfferRow& row)>;

    bool readJson(const QString& path, const RowHandler& onRow);
    bool readCsv(const QString& path, const RowHandler& onRow);

    const AwsOfferHeader& header() const { return m_header; }
    QString errorString() const { return m_error; }

private:
    AwsOfferHeader m_header;
    QString m_error;
};

} // namespace cloudshift
