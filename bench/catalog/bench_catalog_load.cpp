// Times reading the embedded price catalog and prints the median of N runs.
//
//   bench_catalog_load [runs]     (default 15)

#include "catalog/catalog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = QCoreApplication::arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 15;

    std::vector<double> millis;
    millis.reserve(static_cast<std::size_t>(runs));
    std::size_t rows = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const cloudshift::Catalog catalog;
        millis.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!catalog.isValid()) {
            out << "catalog failed to load: " << catalog.errorString() << Qt::endl;
            return 1;
        }
        rows = 0;
        for (cloudshift::Cloud cloud :
            { cloudshift::Cloud::Azure, cloudshift::Cloud::Aws, cloudshift::Cloud::Gcp })
            rows += static_cast<std::size_t>(catalog.vmTable(cloud).typeCount());
    }
    std::sort(millis.begin(), millis.end());
    out << "catalog load: median " << QString::number(millis[millis.size() / 2], 'f', 1) << " ms, min "
        << QString::number(millis.front(), 'f', 1) << " ms, max " << QString::number(millis.back(), 'f', 1)
        << " ms over " << runs << " runs (" << rows << " VM types)" << Qt::endl;
    return 0;
}
