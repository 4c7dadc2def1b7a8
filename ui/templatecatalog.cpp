// TemplateCatalog: loading, ordering and saving the firm's templates and rules.
#include "templatecatalog.h"

#include "net/apiclient.h"

#include <algorithm>

namespace parley::ui {

using protocol::MessageTemplate;
using protocol::Result;
using protocol::StatusRule;

namespace {

bool sameStatus(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

void sortTemplates(QList<MessageTemplate> &templates)
{
    std::sort(
        templates.begin(), templates.end(), [](const MessageTemplate &a, const MessageTemplate &b) {
            const int byName = a.name.localeAwareCompare(b.name);
            return byName != 0 ? byName < 0 : a.id < b.id;
        });
}

void sortRules(QList<StatusRule> &rules)
{
    std::sort(rules.begin(), rules.end(), [](const StatusRule &a, const StatusRule &b) {
        const int byStatus = a.status.compare(b.status, Qt::CaseInsensitive);
        return byStatus != 0 ? byStatus < 0 : a.id < b.id;
    });
}

template<typename T>
void removeById(QList<T> &items, qint64 id)
{
    items.removeIf([id](const T &item) { return item.id == id; });
}

} // namespace

TemplateCatalog::TemplateCatalog(net::ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{ }

void TemplateCatalog::load()
{
    if (!m_api)
        return;
    m_templatesLoaded = false;
    m_rulesLoaded = false;
    m_loadFailed = false;
    QPointer<TemplateCatalog> self(this);
    m_api->templates([self](Result<QList<MessageTemplate>> answer) {
        if (!self || self->m_loadFailed)
            return;
        if (!answer) {
            self->m_loadFailed = true;
            Q_EMIT self->loadFailed(answer.error());
            return;
        }
        self->m_templates = std::move(answer).value();
        sortTemplates(self->m_templates);
        self->m_templatesLoaded = true;
        Q_EMIT self->templatesChanged();
        self->finishLoad();
    });
    m_api->statusRules([self](Result<QList<StatusRule>> answer) {
        if (!self || self->m_loadFailed)
            return;
        if (!answer) {
            self->m_loadFailed = true;
            Q_EMIT self->loadFailed(answer.error());
            return;
        }
        self->m_rules = std::move(answer).value();
        sortRules(self->m_rules);
        self->m_rulesLoaded = true;
        Q_EMIT self->rulesChanged();
        self->finishLoad();
    });
}

void TemplateCatalog::finishLoad()
{
    if (isLoaded())
        Q_EMIT loaded();
}

std::optional<MessageTemplate> TemplateCatalog::templateById(qint64 id) const
{
    for (const MessageTemplate &item : m_templates) {
        if (item.id == id)
            return item;
    }
    return std::nullopt;
}

QList<StatusRule> TemplateCatalog::rulesUsing(qint64 templateId) const
{
    QList<StatusRule> found;
    for (const StatusRule &rule : m_rules) {
        if (rule.templateId == templateId)
            found.append(rule);
    }
    return found;
}

QList<StatusRule> TemplateCatalog::rulesFor(const QString &status) const
{
    QList<StatusRule> found;
    for (const StatusRule &rule : m_rules) {
        if (rule.enabled && sameStatus(rule.status, status))
            found.append(rule);
    }
    return found;
}

QStringList TemplateCatalog::ruleStatuses() const
{
    QStringList statuses;
    for (const StatusRule &rule : m_rules) {
        const bool known = std::any_of(statuses.cbegin(), statuses.cend(),
            [&rule](const QString &status) { return sameStatus(status, rule.status); });
        if (!known)
            statuses.append(rule.status.trimmed());
    }
    statuses.sort(Qt::CaseInsensitive);
    return statuses;
}

QString TemplateCatalog::postAsLabel(const QString &postAs)
{
    return postAs == QLatin1String("message") ? tr("Message") : tr("Status update");
}

void TemplateCatalog::putTemplate(const MessageTemplate &item)
{
    removeById(m_templates, item.id);
    m_templates.append(item);
    sortTemplates(m_templates);
    Q_EMIT templatesChanged();
}

void TemplateCatalog::putRule(const StatusRule &rule)
{
    removeById(m_rules, rule.id);
    m_rules.append(rule);
    sortRules(m_rules);
    Q_EMIT rulesChanged();
}

void TemplateCatalog::dropTemplate(qint64 id)
{
    removeById(m_templates, id);
    Q_EMIT templatesChanged();
}

void TemplateCatalog::dropRule(qint64 id)
{
    removeById(m_rules, id);
    Q_EMIT rulesChanged();
}

template<typename T>
net::ApiClient::Callback<T> TemplateCatalog::keeping(
    void (TemplateCatalog::*keep)(const T &), Done<T> done)
{
    return
        [self = QPointer<TemplateCatalog>(this), keep, done = std::move(done)](Result<T> answer) {
            if (self && answer)
                (self.data()->*keep)(*answer);
            done(std::move(answer));
        };
}

net::ApiClient::Callback<void> TemplateCatalog::dropping(
    void (TemplateCatalog::*drop)(qint64), qint64 id, Done<void> done)
{
    return [self = QPointer<TemplateCatalog>(this), drop, id, done = std::move(done)](
               Result<void> answer) {
        if (self && answer)
            (self.data()->*drop)(id);
        done(std::move(answer));
    };
}

void TemplateCatalog::saveTemplate(const MessageTemplate &item, Done<MessageTemplate> done)
{
    if (!m_api)
        return;
    auto answered = keeping(&TemplateCatalog::putTemplate, std::move(done));
    if (item.id == 0)
        m_api->createTemplate(item, std::move(answered));
    else
        m_api->changeTemplate(item.id, item, std::move(answered));
}

void TemplateCatalog::deleteTemplate(qint64 id, Done<void> done)
{
    if (m_api)
        m_api->deleteTemplate(id, dropping(&TemplateCatalog::dropTemplate, id, std::move(done)));
}

void TemplateCatalog::saveRule(const StatusRule &rule, Done<StatusRule> done)
{
    if (!m_api)
        return;
    auto answered = keeping(&TemplateCatalog::putRule, std::move(done));
    if (rule.id == 0)
        m_api->createStatusRule(rule, std::move(answered));
    else
        m_api->changeStatusRule(rule.id, rule, std::move(answered));
}

void TemplateCatalog::deleteRule(qint64 id, Done<void> done)
{
    if (m_api)
        m_api->deleteStatusRule(id, dropping(&TemplateCatalog::dropRule, id, std::move(done)));
}

} // namespace parley::ui
