// GET /api/v1/matters/{id}/record: the matter's record of communication for staff on the
// matter, as {record: the JSON record, html: the same as a page}; the export itself is
// audited.
#include "app/servercontext.h"
#include "audit/auditexport.h"
#include "audit/auditlog.h"
#include "routes.h"

namespace parley::server {

void addRecordRoutes(Router &router, ServerContext &context)
{
    router.add(QHttpServerRequest::Method::Get, QStringLiteral("/api/v1/matters/{id}/record"),
        Router::Access::Authenticated, [&context](const ApiRequest &request) {
            const qint64 matterId = request.id();
            if (auto allowed = context.access().requireStaffOnMatter(request.who(), matterId);
                !allowed)
                return ApiReply::error(allowed.error());
            const QDateTime now = QDateTime::currentDateTimeUtc();
            auto exported = AuditLog(context.db())
                                .appendAlone(AuditEntry { request.who().firmId, matterId,
                                                 QLatin1String(AuditAction::RecordExported),
                                                 request.who().userId() },
                                    now.toMSecsSinceEpoch());
            if (!exported)
                return ApiReply::error(exported.error());
            auto record = AuditExport(context.db()).record(matterId, now);
            if (!record)
                return ApiReply::error(record.error());
            return ApiReply::ok(QJsonObject { { QStringLiteral("record"), record.value() },
                { QStringLiteral("html"), AuditExport::html(record.value()) } });
        });
}

} // namespace parley::server
