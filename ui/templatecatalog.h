// TemplateCatalog: the firm's message templates and status rules as the desktop knows them,
// loaded from the server and kept in step with what this window saves. The Message
// Templates dialog edits through it; Change Status… reads which rules a status would run.
#pragma once

#include "net/apiclient.h"
#include "protocol/error.h"
#include "protocol/messagetemplate.h"
#include "protocol/result.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

namespace parley::ui {

class TemplateCatalog : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(protocol::Result<T>)>;

    explicit TemplateCatalog(net::ApiClient *api, QObject *parent = nullptr);

    // Asks the server for both lists; loaded() or loadFailed() follows.
    void load();
    bool isLoaded() const { return m_templatesLoaded && m_rulesLoaded; }

    // Templates by name; rules by status, then as created.
    const QList<protocol::MessageTemplate> &templates() const { return m_templates; }
    const QList<protocol::StatusRule> &rules() const { return m_rules; }
    std::optional<protocol::MessageTemplate> templateById(qint64 id) const;
    QList<protocol::StatusRule> rulesUsing(qint64 templateId) const;
    // The enabled rules a matter reaching this status runs, as the server matches them
    // (trimmed, without regard to case).
    QList<protocol::StatusRule> rulesFor(const QString &status) const;
    // The statuses rules wait for, each once, sorted.
    QStringList ruleStatuses() const;
    // How a rule posts, for people: "Status update" or "Message".
    static QString postAsLabel(const QString &postAs);

    // Creates the template (id 0) or changes it; the lists follow the server's answer.
    void saveTemplate(const protocol::MessageTemplate &item, Done<protocol::MessageTemplate> done);
    void deleteTemplate(qint64 id, Done<void> done);
    void saveRule(const protocol::StatusRule &rule, Done<protocol::StatusRule> done);
    void deleteRule(qint64 id, Done<void> done);

Q_SIGNALS:
    void loaded();
    void loadFailed(const parley::protocol::Error &error);
    void templatesChanged();
    void rulesChanged();

private:
    void finishLoad();
    void putTemplate(const protocol::MessageTemplate &item);
    void putRule(const protocol::StatusRule &rule);
    void dropTemplate(qint64 id);
    void dropRule(qint64 id);
    // The API's answer kept in the lists (while the catalog lives), then handed to done.
    template<typename T>
    net::ApiClient::Callback<T> keeping(void (TemplateCatalog::*keep)(const T &), Done<T> done);
    net::ApiClient::Callback<void> dropping(
        void (TemplateCatalog::*drop)(qint64), qint64 id, Done<void> done);

    QPointer<net::ApiClient> m_api;
    QList<protocol::MessageTemplate> m_templates;
    QList<protocol::StatusRule> m_rules;
    bool m_templatesLoaded = false;
    bool m_rulesLoaded = false;
    bool m_loadFailed = false;
};

} // namespace parley::ui
