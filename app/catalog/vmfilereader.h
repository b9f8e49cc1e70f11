#pragma once

#include "catalog/jsontablereader.h"
#include "catalog/vmtable.h"

#include <QByteArray>

#include <array>
#include <vector>

namespace cloudshift {

class Catalog;

/// Reads one vm_<cloud>.json into a VmTable: the "types" table, then the "prices" table.
///
/// Price rows are grouped by region ("regionRows" counts the rows of each region, in order) and hold
/// integer prices scaled by "priceScale". Types flagged in the "windowsRule" column get a Windows price
/// of Linux + "windowsPerVcpu" × vCPU. Throws std::runtime_error on malformed input.
class VmFileReader
{
public:
    /// catalog: for the dates of the price sources, which must all be listed in its manifest.
    VmFileReader(const Catalog& catalog, VmTable& table);

    void read(const QByteArray& bytes);

private:
    void addType(JsonTableReader::Row row);
    void preparePrices();
    void addPrice(JsonTableReader::Row row);

    const Catalog& m_catalog;
    VmTable& m_table;
    JsonTableReader m_reader;

    std::array<int, 9> m_typeColumns {};
    std::vector<bool> m_windowsRule;
    bool m_typesReady = false;

    bool m_pricesReady = false;
    std::array<int, VmTable::PriceColumnCount> m_priceColumns {};
    int m_typeColumn = -1;
    int m_sourceColumn = -1;
    double m_scale = 1.0;
    double m_windowsPerVcpu = 0.0;
    std::vector<int> m_regionRows;
    int m_region = 0;
    int m_rowsLeftInRegion = 0;
};

} // namespace cloudshift
