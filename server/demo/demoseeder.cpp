// The demo firm: Morgan & Shah LLP.
#include "demoseeder.h"

#include "admin/provisioning.h"
#include "app/servercontext.h"
#include "audit/auditentries.h"
#include "common/errors.h"
#include "db/sqlquery.h"
#include "db/transaction.h"
#include "store/changelog.h"
#include "store/conversationstore.h"
#include "store/documentstore.h"
#include "store/firmstore.h"
#include "store/messagestore.h"
#include "store/statusrulestore.h"
#include "store/templatestore.h"
#include "store/uploadstore.h"
#include "transfer/blobfolder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QTimeZone>

namespace parley::server {

namespace {

struct DemoStaff
{
    const char *email;
    const char *name;
    const char *role;
};

const DemoStaff Staff[] = {
    { "lawyer@demo.test", "Alex Morgan", "lawyer" },
    { "paralegal@demo.test", "Priya Shah", "paralegal" },
    { "partner@demo.test", "Jordan Lee", "lawyer" },
};

const char *const Clients[][3] = {
    { "Maria", "Gonzalez", "+12025550101" },
    { "James", "Whitfield", "+12025550102" },
    { "Aisha", "Karimi", "" },
    { "Tom", "Becker", "+12025550104" },
    { "Hannah", "Okafor", "+12025550105" },
    { "Daniel", "Novak", "" },
    { "Sofia", "Rossi", "+12025550107" },
    { "Liam", "O'Connell", "+353861234567" },
    { "Grace", "Chen", "+12025550109" },
    { "Peter", "Lindqvist", "" },
    { "Olivia", "Mensah", "+12025550111" },
    { "Ethan", "Brooks", "+12025550112" },
    { "Yuki", "Tanaka", "" },
    { "Noah", "Fischer", "+12025550114" },
    { "Emma", "Dubois", "+12025550115" },
};

struct DemoMatter
{
    const char *number;
    const char *title;
    const char *status;
    int clients[2]; // indexes into Clients; -1 for none
    bool restricted;
};

const DemoMatter Matters[] = {
    { "2026-0101", "Gonzalez v. Harbor Logistics — wrongful termination", "discovery", { 0, -1 },
        false },
    { "2026-0102", "Whitfield estate administration", "open", { 1, -1 }, false },
    { "2026-0103", "Karimi — commercial lease renewal", "negotiation", { 2, -1 }, false },
    { "2026-0104", "Becker & Okafor — purchase of 14 Elm Street", "closing", { 3, 4 }, false },
    { "2026-0105", "Novak — personal injury claim", "pre-litigation", { 5, -1 }, false },
    { "2026-0106", "Rossi Bakery LLC — trademark registration", "filed", { 6, -1 }, false },
    { "2026-0107", "O'Connell — immigration (work visa)", "open", { 7, -1 }, false },
    { "2026-0108", "Chen v. Chen — divorce and custody", "mediation", { 8, 9 }, false },
    { "2026-0109", "Mensah — employment contract review", "open", { 10, -1 }, false },
    { "2026-0110", "Project Falcon — confidential acquisition", "due diligence", { 11, 12 }, true },
};

// The one organization among the clients, and the couple whose messages reach both.
const char *const OrganizationMatter = "2026-0106";
const char *const SpouseMessagedMatter = "2026-0104";

// Message templates, and the rule that posts the first as a status update on reaching
// Discovery.
const char *const Templates[][2] = {
    { "Status update",
        "Dear {client_name}, your matter {matter_number} ({matter_title}) has moved to the "
        "{status} stage. We will be in touch about what comes next. — {firm_name}" },
    { "Documents needed",
        "Hello {client_name}, to keep {matter_number} moving we need a few documents from you. "
        "Please upload them here in the portal when you can. — {firm_name}" },
};
const char *const RuleStatus = "Discovery";

// Every matter's All Files: name, size in bytes, how many versions, days before the matter
// started that the last version was saved (negative: after), shared by link.
struct DemoDocument
{
    const char *name;
    qint64 size;
    int versions;
    int daysAfterStart;
    bool shared;
};

const DemoDocument Documents[] = {
    { "Engagement letter.pdf", 184320, 1, 0, false },
    { "Client intake questionnaire.pdf", 96256, 1, 1, false },
    { "Chronology.docx", 41984, 3, 9, true },
    { "Correspondence with opposing counsel.pdf", 2621440, 2, 14, false },
    { "Settlement draft.docx", 73728, 4, 21, true },
};

// A line of a demo thread: who (0..2 staff, 10+n the matter's n-th client) and what.
struct Line
{
    int who;
    const char *body;
    const char *kind = "text";
};

const Line ExternalThread[] = {
    { 0,
        "Hello %1, welcome to our secure portal. We will use it for everything about "
        "your matter, so nothing sensitive has to go by email." },
    { 10, "Thank you. Could you tell me what happens next and what you need from me?" },
    { 0,
        "We are reviewing the documents you sent. Please send any correspondence you "
        "received from the other side since our meeting." },
    { 10, "I will scan the letters tonight and upload them here." },
    { 1, "Matter opened and initial review complete.", "status" },
    { 1, "Hi %1, a quick reminder that we need a signed engagement letter before Friday." },
    { 10, "Signed and sent back this morning. Is there anything else?" },
    { 0,
        "All received, thank you. I will update you after the call with opposing counsel "
        "on Thursday." },
};

const Line InternalThread[] = {
    { 1, "I have drafted the chronology; it is in the matter folder for review." },
    { 0, "Thanks Priya. Can you check the limitation dates against the engagement letter?" },
    { 1, "Checked: nothing expires before March. I added a reminder to the calendar." },
    { 0, "Great. Let's aim to send the client an update by Thursday." },
};

const Line DirectThread[] = {
    { 0, "Do you have ten minutes this afternoon to talk about staffing the Falcon deal?" },
    { 2, "Yes, after 3 pm. Keep it off the matter threads for now, please." },
    { 0, "Understood. See you at 3." },
};

QString clientEmail(int index)
{
    // "O'Connell" -> "oconnell": addresses keep letters only.
    QString last = QString::fromLatin1(Clients[index][1]).toLower();
    last.remove(QLatin1Char('\''));
    return QStringLiteral("%1.%2@client.test")
        .arg(QString::fromLatin1(Clients[index][0]).toLower(), last);
}

QString clientName(int index)
{
    return QStringLiteral("%1 %2").arg(
        QString::fromLatin1(Clients[index][0]), QString::fromLatin1(Clients[index][1]));
}

// Writes one conversation with its members and messages, spread over the days before now.
class ThreadWriter
{
public:
    ThreadWriter(QSqlDatabase db, qint64 firmId)
        : m_db(std::move(db))
        , m_firmId(firmId)
    { }

    protocol::Result<void> write(std::optional<qint64> matterId, const QString &kind,
        const QString &title, const QList<qint64> &members, const QList<qint64> &speakers,
        const Line *lines, int count, const QString &clientFirstName, qint64 startMs)
    {
        ConversationStore conversations(m_db);
        auto id = conversations.create(NewConversationRecord {
            m_firmId, matterId, kind, title, false, false, members.first(), startMs });
        if (!id)
            return id.error();
        for (qint64 member : members) {
            if (auto added = conversations.addMember(id.value(), member, startMs); !added)
                return added;
        }
        ChangeLog log(m_db);
        if (auto change = log.record(
                m_firmId, QStringLiteral("conversation"), id.value(), matterId, id.value());
            !change)
            return change.error();
        MessageStore messages(m_db);
        // One or two messages a working day, at office hours (UTC), from the start day on.
        const QDateTime startDay = QDateTime::fromMSecsSinceEpoch(startMs, QTimeZone::utc());
        qint64 at = startMs;
        for (int i = 0; i < count; ++i) {
            const Line &line = lines[i];
            const int hour
                = i % 2 == 0 ? 9 + (i / 2) % 3 : 14 + (i / 2) % 3; // morning, then afternoon
            const QDateTime when(startDay.date().addDays(1 + i / 2), QTime(hour, (i * 17 + 5) % 60),
                QTimeZone::utc());
            at = when.toMSecsSinceEpoch();
            const qint64 sender = speakers.value(line.who >= 10 ? 3 + (line.who - 10) : line.who);
            QString body = QString::fromUtf8(line.body);
            if (body.contains(QLatin1String("%1")))
                body = body.arg(clientFirstName);
            auto message = messages.insert(NewMessageRecord { id.value(), sender,
                QString::fromLatin1(line.kind), body, {}, QStringLiteral("app"), {}, at });
            if (!message)
                return message.error();
            if (auto change = log.record(
                    m_firmId, QStringLiteral("message"), message.value(), matterId, id.value());
                !change)
                return change.error();
        }
        return conversations.touchLastMessage(id.value(), at);
    }

private:
    QSqlDatabase m_db;
    qint64 m_firmId;
};

} // namespace

DemoSeeder::DemoSeeder(ServerContext &context)
    : m_context(context)
{ }

protocol::Result<bool> DemoSeeder::seedIfEmpty(const QDateTime &now)
{
    auto firms = FirmStore(m_context.db()).list();
    if (!firms)
        return firms.error();
    if (!firms->isEmpty())
        return false;
    if (auto seeded = seed(now); !seeded)
        return seeded.error();
    return true;
}

protocol::Result<void> DemoSeeder::seed(const QDateTime &now)
{
    Provisioning provisioning(m_context.db(), m_context.hasher());
    auto firm = provisioning.createFirm(QStringLiteral("Morgan & Shah LLP"));
    if (!firm)
        return firm.error();
    const qint64 firmId = firm.value();

    QList<qint64> staff;
    for (const DemoStaff &person : Staff) {
        auto id = provisioning.createStaff(firmId, QString::fromLatin1(person.email),
            QString::fromLatin1(person.name), QString::fromLatin1(person.role),
            QString::fromLatin1(Password));
        if (!id)
            return id.error();
        staff.append(id.value());
    }
    QList<qint64> clients;
    for (int i = 0; i < int(std::size(Clients)); ++i) {
        auto id = provisioning.createClient(
            firmId, clientEmail(i), clientName(i), QString::fromLatin1(Clients[i][2]));
        if (!id)
            return id.error();
        clients.append(id.value());
    }

    Transaction transaction(m_context.db());
    if (auto status = transaction.status(); !status)
        return status;
    ThreadWriter writer(m_context.db(), firmId);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    int matterIndex = 0;
    for (const DemoMatter &demo : Matters) {
        const QString number = QString::fromLatin1(demo.number);
        auto matter
            = MatterStore(m_context.db())
                  .create(NewMatter { firmId, number, QString::fromUtf8(demo.title),
                      QString::fromLatin1(demo.status), demo.restricted,
                      number == QLatin1String(OrganizationMatter) ? QStringLiteral("organization")
                                                                  : QStringLiteral("individual") });
        if (!matter)
            return matter.error();
        const qint64 matterId = matter.value();
        MatterStore matters(m_context.db());
        if (number == QLatin1String(SpouseMessagedMatter)) {
            if (auto on = matters.setMessageSpouse(matterId, true, nowMs); !on)
                return on.error();
        }
        QList<qint64> parties;
        for (int slot = 0; slot < 2; ++slot) {
            if (demo.clients[slot] < 0)
                continue;
            const qint64 client = clients.at(demo.clients[slot]);
            if (auto added = matters.addParty(matterId, client,
                    slot == 0 ? QStringLiteral("client") : QStringLiteral("spouse"));
                !added)
                return added;
            parties.append(client);
        }
        // The restricted matter is the partner's alone; the others are staffed by all.
        const QList<qint64> team = demo.restricted ? QList<qint64> { staff.at(2) } : staff;
        for (qint64 member : team) {
            if (auto added = matters.addStaff(matterId, member); !added)
                return added;
        }
        if (auto change = ChangeLog(m_context.db())
                              .record(firmId, QStringLiteral("matter"), matterId, matterId);
            !change)
            return change.error();

        // Older matters started longer ago, so the list has a believable spread of dates.
        const qint64 startMs = nowMs - (40 - 3 * matterIndex) * 24 * 3600 * 1000LL;
        if (auto documents = addDocuments(firmId, matterId, team.first(), startMs, nowMs);
            !documents)
            return documents;
        const QString firstName = QString::fromLatin1(Clients[demo.clients[0]][0]);
        // Speakers: staff 0..2 (the partner speaks for a restricted matter), then clients.
        QList<qint64> speakers
            = demo.restricted ? QList<qint64> { staff.at(2), staff.at(2), staff.at(2) } : staff;
        speakers += parties;
        if (auto written = writer.write(matterId, QStringLiteral("external"),
                QStringLiteral("Client portal"), team + parties, speakers, ExternalThread,
                int(std::size(ExternalThread)), firstName, startMs);
            !written)
            return written;
        if (!demo.restricted) {
            if (auto written = writer.write(matterId, QStringLiteral("internal"),
                    QStringLiteral("Case team"), staff, speakers, InternalThread,
                    int(std::size(InternalThread)), firstName, startMs + 3600 * 1000);
                !written)
                return written;
        }
        ++matterIndex;
    }
    if (auto written = writer.write(std::nullopt, QStringLiteral("direct"), QString(),
            QList<qint64> { staff.at(0), staff.at(2) }, staff, DirectThread,
            int(std::size(DirectThread)), QString(), nowMs - 5 * 24 * 3600 * 1000LL);
        !written)
        return written;
    if (auto automation = addAutomation(firmId, staff.first(), nowMs); !automation)
        return automation;
    // The seeded history gets its audit entries as an upgraded database's does.
    if (auto audited = AuditEntries::backfill(m_context.db()); !audited)
        return audited.error();
    return transaction.commit();
}

protocol::Result<void> DemoSeeder::addAutomation(qint64 firmId, qint64 authorId, qint64 nowMs)
{
    TemplateStore templates(m_context.db());
    QList<qint64> ids;
    for (const auto &demo : Templates) {
        auto id = templates.create(
            firmId, QString::fromUtf8(demo[0]), QString::fromUtf8(demo[1]), authorId, nowMs);
        if (!id)
            return id.error();
        ids.append(id.value());
    }
    auto rule = StatusRuleStore(m_context.db())
                    .create(firmId,
                        protocol::StatusRule { 0, QString::fromLatin1(RuleStatus), ids.first(),
                            QStringLiteral("status"), true },
                        authorId, nowMs);
    if (!rule)
        return rule.error();
    return {};
}

protocol::Result<QString> DemoSeeder::storeDemoBytes(const QString &name, int version, qint64 size)
{
    // Text standing in for the file (the same for every matter, so stored once): the demo's
    // documents can be downloaded, sent and shared like real ones.
    const QByteArray line
        = QStringLiteral("Parley demo file \"%1\", version %2. ").arg(name).arg(version).toUtf8();
    QByteArray bytes;
    bytes.reserve(size);
    while (bytes.size() < size)
        bytes.append(line.left(size - bytes.size()));
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const BlobFolder folder(m_context.dataDir());
    const QString path = folder.blobPath(sha256);
    if (!QFileInfo::exists(path)) {
        if (auto prepared = folder.prepare(); !prepared)
            return prepared.error();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return internalError();
    }
    if (auto recorded = UploadStore(m_context.db()).recordBlob(sha256, size); !recorded)
        return recorded.error();
    return sha256;
}

protocol::Result<void> DemoSeeder::addDocuments(
    qint64 firmId, qint64 matterId, qint64 authorId, qint64 startMs, qint64 nowMs)
{
    DocumentStore store(m_context.db());
    constexpr qint64 Day = 24 * 3600 * 1000LL;
    for (const DemoDocument &demo : Documents) {
        const qint64 savedMs = std::min(startMs + demo.daysAfterStart * Day, nowMs);
        const QString name = QString::fromUtf8(demo.name);
        auto first = storeDemoBytes(name, 1, demo.size);
        if (!first)
            return first.error();
        NewDocumentVersion version { demo.size, first.value(), authorId,
            QDateTime::fromMSecsSinceEpoch(savedMs - (demo.versions - 1) * Day, Qt::UTC) };
        auto id = store.create(firmId, matterId, name, version);
        if (!id)
            return id.error();
        for (int number = 2; number <= demo.versions; ++number) {
            version.size += 2048;
            version.createdAt = version.createdAt.addDays(1);
            auto bytes = storeDemoBytes(name, number, version.size);
            if (!bytes)
                return bytes.error();
            version.sha256 = bytes.value();
            if (auto added = store.addVersion(id.value(), version); !added)
                return added.error();
        }
        if (demo.shared) {
            if (auto shared = store.setShared(id.value(), true); !shared)
                return shared;
        }
    }
    return {};
}

} // namespace parley::server
