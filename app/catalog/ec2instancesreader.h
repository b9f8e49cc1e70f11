#pragma once

#include "catalog/catalogoverlay.h"
#include "catalog/priceimport.h"

namespace cloudshift {

/// Reads EC2 instance records in the ec2instances.info schema — one record ({"instance_type": ...,
/// "vCPU": ..., "pricing": {region: {"linux": {"ondemand": ...}, ...}}}) or an array of them — into an
/// overlay: Linux and Windows on-demand prices per region, and the SQL Server licence-included
/// surcharges per vCPU-hour (Standard, Enterprise, Web) that the records carry beside Linux.
///
/// The schema carries no publication date: the prices are dated asOf when the user gives the date the
/// records were collected, else by the file's last modification (UTC); the source title says which.
class Ec2InstancesReader
{
public:
    /// asOf: ISO date the records were collected, or empty.
    explicit Ec2InstancesReader(QString asOf = {});

    bool read(const QString& path, CatalogOverlay& overlay, PriceImport& result) const;

private:
    QString m_asOf;
};

} // namespace cloudshift
