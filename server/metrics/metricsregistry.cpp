// Prometheus text format 0.0.4: escaping, number formatting and cumulative buckets.
#include "metricsregistry.h"

#include <charconv>
#include <cmath>

namespace parley::server {

namespace {

QByteArray number(double value)
{
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    char buffer[64];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return QByteArray(buffer, end - buffer);
}

// Label values escape backslash, double quote and line feed; HELP text the first and last.
QByteArray escaped(const QByteArray &text, bool quotes)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '\n')
            out += "\\n";
        else if (c == '"' && quotes)
            out += "\\\"";
        else
            out += c;
    }
    return out;
}

QByteArray labelText(const MetricLabels &labels)
{
    if (labels.empty())
        return {};
    QByteArrayList parts;
    for (const auto &[name, value] : labels)
        parts.append(name + "=\"" + escaped(value.toUtf8(), true) + '"');
    return '{' + parts.join(',') + '}';
}

} // namespace

MetricFamily::MetricFamily(QByteArray name, QByteArray help, QByteArray type)
    : m_name(std::move(name))
    , m_help(std::move(help))
    , m_type(std::move(type))
{ }

QByteArray MetricFamily::render() const
{
    return "# HELP " + m_name + ' ' + escaped(m_help, false) + "\n# TYPE " + m_name + ' ' + m_type
        + '\n' + renderSeries();
}

QByteArray MetricFamily::line(
    const QByteArray &suffix, const MetricLabels &labels, double value) const
{
    return m_name + suffix + labelText(labels) + ' ' + number(value) + '\n';
}

MetricCounter::MetricCounter(QByteArray name, QByteArray help)
    : MetricFamily(std::move(name), std::move(help), "counter")
{ }

void MetricCounter::add(const MetricLabels &labels, double by)
{
    m_values[labels] += by;
}

QByteArray MetricCounter::renderSeries() const
{
    QByteArray out;
    for (const auto &[labels, value] : m_values)
        out += line({}, labels, value);
    return out;
}

MetricHistogram::MetricHistogram(QByteArray name, QByteArray help, QList<double> bounds)
    : MetricFamily(std::move(name), std::move(help), "histogram")
    , m_bounds(std::move(bounds))
{ }

void MetricHistogram::observe(const MetricLabels &labels, double value)
{
    Series &series = m_series[labels];
    if (series.buckets.empty())
        series.buckets.assign(size_t(m_bounds.size()) + 1, 0);
    qsizetype bucket = 0;
    while (bucket < m_bounds.size() && value > m_bounds.at(bucket))
        ++bucket;
    ++series.buckets[size_t(bucket)];
    series.sum += value;
}

QByteArray MetricHistogram::renderSeries() const
{
    QByteArray out;
    for (const auto &[labels, series] : m_series) {
        quint64 cumulative = 0;
        for (size_t i = 0; i < series.buckets.size(); ++i) {
            cumulative += series.buckets[i];
            MetricLabels withBound = labels;
            const double bound = i < size_t(m_bounds.size()) ? m_bounds.at(qsizetype(i)) : INFINITY;
            withBound.emplace_back("le", QString::fromLatin1(number(bound)));
            out += line("_bucket", withBound, double(cumulative));
        }
        out += line("_sum", labels, series.sum);
        out += line("_count", labels, double(cumulative));
    }
    return out;
}

MetricGauge::MetricGauge(QByteArray name, QByteArray help, Read read)
    : MetricFamily(std::move(name), std::move(help), "gauge")
    , m_read(std::move(read))
{ }

QByteArray MetricGauge::renderSeries() const
{
    QByteArray out;
    const QList<MetricSample> samples = m_read();
    for (const MetricSample &sample : samples)
        out += line({}, sample.labels, sample.value);
    return out;
}

MetricCounter &MetricsRegistry::counter(const QByteArray &name, const QByteArray &help)
{
    auto family = std::make_unique<MetricCounter>(name, help);
    MetricCounter &counter = *family;
    m_families.push_back(std::move(family));
    return counter;
}

MetricHistogram &MetricsRegistry::histogram(
    const QByteArray &name, const QByteArray &help, const QList<double> &bounds)
{
    auto family = std::make_unique<MetricHistogram>(name, help, bounds);
    MetricHistogram &histogram = *family;
    m_families.push_back(std::move(family));
    return histogram;
}

void MetricsRegistry::gauge(const QByteArray &name, const QByteArray &help, MetricGauge::Read read)
{
    m_families.push_back(std::make_unique<MetricGauge>(name, help, std::move(read)));
}

QByteArray MetricsRegistry::exposition() const
{
    QByteArray out;
    for (const auto &family : m_families)
        out += family->render();
    return out;
}

} // namespace parley::server
