#pragma once

#include "catalog/awsofferrow.h"
#include "catalog/catalog.h"
#include "catalog/catalogoverlay.h"
#include "catalog/priceimport.h"

#include <QString>

namespace cloudshift {

/// Imports official price files into a CatalogOverlay, whatever their format: an AWS Price List offer
/// file (JSON or CSV; EC2 instances and EBS volumes, RDS instances), a Google Cloud Billing Catalog SKU
/// list (JSON), an Azure Retail Prices API page (JSON) or EC2 instance records in the ec2instances.info
/// schema (JSON). The format is recognised from the file's first bytes.
///
/// AWS rows are filtered the way the Price List must be read: on-demand terms, shared tenancy, capacity
/// status "Used", no pre-installed software, Linux without licence or Windows with licence included.
class PriceFileImporter
{
public:
    /// The catalog supplies the shapes of machine types (Google Cloud) and outlives the importer.
    explicit PriceFileImporter(const Catalog& catalog);

    PriceImport import(const QString& path, CatalogOverlay& overlay) const;

    /// The date (ISO) to give prices from formats that carry none (EC2 instance records); without one
    /// they are dated by the file's modification day.
    void setUndatedAsOf(const QString& isoDate) { m_undatedAsOf = isoDate; }

    /// "aws-price-list-json", "aws-price-list-csv", "gcp-billing-catalog", "azure-retail-prices",
    /// "ec2-instances", or empty.
    static QString detectFormat(const QByteArray& head);

private:
    bool importAws(const QString& path, bool csv, CatalogOverlay& overlay, PriceImport& result) const;
    /// Lays one AWS row over the overlay when it is a price the catalog keeps; false when skipped.
    static bool addAwsRow(
        const AwsOfferRow& row, const QString& source, CatalogOverlay& overlay, PriceImport& result);

    const Catalog& m_catalog;
    QString m_undatedAsOf;
};

} // namespace cloudshift
