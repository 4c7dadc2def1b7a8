// MetricsRegistry: the counters and histograms the server adds to as it works and the gauges
// read when scraped, rendered in Prometheus' text exposition format 0.0.4.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <map>
#include <memory>
#include <utility>
#include <vector>

namespace parley::server {

// Label names and values of one series. Values must come from a bounded set (route patterns,
// status codes, queue names): never ids, tokens or anything a client chose.
using MetricLabels = std::vector<std::pair<QByteArray, QString>>;

struct MetricSample
{
    MetricLabels labels;
    double value = 0;
};

class MetricFamily
{
public:
    MetricFamily(QByteArray name, QByteArray help, QByteArray type);
    virtual ~MetricFamily() = default;

    // The HELP and TYPE lines and every series.
    QByteArray render() const;

protected:
    virtual QByteArray renderSeries() const = 0;
    QByteArray line(const QByteArray &suffix, const MetricLabels &labels, double value) const;

private:
    QByteArray m_name;
    QByteArray m_help;
    QByteArray m_type;
};

class MetricCounter : public MetricFamily
{
public:
    MetricCounter(QByteArray name, QByteArray help);
    void add(const MetricLabels &labels, double by = 1);

private:
    QByteArray renderSeries() const override;
    std::map<MetricLabels, double> m_values;
};

class MetricHistogram : public MetricFamily
{
public:
    // bounds: the upper bounds of the buckets, ascending (+Inf is added).
    MetricHistogram(QByteArray name, QByteArray help, QList<double> bounds);
    void observe(const MetricLabels &labels, double value);

private:
    struct Series
    {
        std::vector<quint64> buckets; // per bucket, not cumulative; the last one is +Inf
        double sum = 0;
    };
    QByteArray renderSeries() const override;
    QList<double> m_bounds;
    std::map<MetricLabels, Series> m_series;
};

class MetricGauge : public MetricFamily
{
public:
    using Read = std::function<QList<MetricSample>()>;
    MetricGauge(QByteArray name, QByteArray help, Read read);

private:
    QByteArray renderSeries() const override;
    Read m_read;
};

class MetricsRegistry
{
public:
    // The registry owns its families; the references stay valid as long as it lives.
    MetricCounter &counter(const QByteArray &name, const QByteArray &help);
    MetricHistogram &histogram(
        const QByteArray &name, const QByteArray &help, const QList<double> &bounds);
    // A gauge read at every scrape (a queue's depth, the open streams...).
    void gauge(const QByteArray &name, const QByteArray &help, MetricGauge::Read read);

    // Every family in the order registered.
    QByteArray exposition() const;

    static constexpr const char *ContentType = "text/plain; version=0.0.4; charset=utf-8";

private:
    std::vector<std::unique_ptr<MetricFamily>> m_families;
};

} // namespace parley::server
