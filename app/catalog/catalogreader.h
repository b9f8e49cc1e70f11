#pragma once

#include <QByteArray>
#include <QString>

namespace cloudshift {

class Catalog;
class VmTable;

/// Reads the compiled catalog files (see tools/compile_catalog.py) into a Catalog.
///
/// Tables are {"columns": [...], "rows": [[...], ...]}; columns are found by name, so files from a
/// newer compiler with extra columns still load. A price table naming a source that manifest.json does
/// not list is an error: every price must be traceable to a dated source.
class CatalogReader
{
public:
    explicit CatalogReader(QString directory);

    bool read(Catalog& catalog);
    QString errorString() const { return m_error; }

private:
    void readManifest(Catalog& catalog) const;
    void readRegions(Catalog& catalog) const;
    void readPricingUnits(Catalog& catalog) const;
    void readFamilies(Catalog& catalog) const;
    void readVms(Catalog& catalog, VmTable& table) const;
    void readRates(Catalog& catalog) const;
    void readServices(Catalog& catalog) const;
    QByteArray fileContents(const QString& name) const;
    /// Runs read(), prefixing any error with the file name.
    template <typename Read> void inFile(const QString& name, Read read) const;

    QString m_directory;
    QString m_error;
};

} // namespace cloudshift
