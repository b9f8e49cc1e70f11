#pragma once

#include <QString>

namespace cloudshift {

/// One upstream data set the catalog was compiled from. Every price carries the id of its source, so
/// the app can show where a figure comes from and how old it is.
struct CatalogSource
{
    QString id; ///< "aws-karpenter", "gcp-cyclenerd"
    QString title; ///< what the data set holds
    QString asOf; ///< date the upstream captured the values: "2026-07-20" (a year alone where no finer date
                  ///< exists)
    QString licence; ///< "Apache-2.0", "MIT"
    QString upstream; ///< repository, commit and path
};

} // namespace cloudshift
