// The authorization matrix: every role × resource × action × phase of AuthzModel, generated
// by loops over its lists, run against the real server (AuthzScenario) and compared with what
// the model of DESIGN.md §Access rules expects. A leak is anything the rules deny coming
// back (an answer, a body, a word of a hidden conversation, or a hidden thing's existence
// told apart from a missing one's); a wrongful denial is anything they allow refused.
#include "authzscenario.h"

#include <QElapsedTimer>
#include <QMap>
#include <catch2/catch.hpp>
#include <iostream>

using namespace parley::test::authz;

namespace {

const char *outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Allowed:
        return "allowed";
    case Outcome::NotFound:
        return "not_found";
    case Outcome::Forbidden:
        return "forbidden";
    case Outcome::MfaRequired:
        return "mfa_required";
    case Outcome::Closed:
        return "closed (409)";
    case Outcome::Invalid:
        return "invalid_field";
    case Outcome::Unauthenticated:
        return "unauthenticated";
    case Outcome::Gone:
        return "gone";
    }
    return "?";
}

const char *phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Initial:
        return "initial";
    case Phase::AfterRemoval:
        return "after removal";
    case Phase::AfterCancellation:
        return "after cancellation";
    case Phase::AfterClosing:
        return "after matter closed";
    case Phase::AfterRevocation:
        return "after revocation";
    case Phase::AfterExpiry:
        return "after expiry";
    }
    return "?";
}

struct Tally
{
    QMap<Phase, int> perPhase;
    int cases = 0;
    int leaks = 0;
    int denials = 0;
    int mismatches = 0;
    QStringList failures;
};

// Compares one case and counts it; returns what went wrong, empty when nothing did.
QString judge(const Role &role, Outcome wanted, const Observed &got, Phase phase,
    const QString &recordOf, const QList<Secret> &secrets, Tally &tally)
{
    ++tally.cases;
    ++tally.perPhase[phase];
    QStringList leaked;
    for (const Secret &secret : secrets) {
        if (got.seen.contains(secret.text) && !mayKnow(role, secret.owner, phase, recordOf))
            leaked.append(secret.owner);
    }
    const bool revealed = wanted == Outcome::NotFound
        && (got.distinctFromMissing
            || (got.outcome != Outcome::NotFound && got.outcome != Outcome::Allowed));
    if ((wanted != Outcome::Allowed && got.outcome == Outcome::Allowed) || revealed
        || !leaked.isEmpty()) {
        ++tally.leaks;
        return QStringLiteral("LEAK (%1)").arg(leaked.join(u','));
    }
    if (wanted == Outcome::Allowed && got.outcome != Outcome::Allowed) {
        ++tally.denials;
        return QStringLiteral("WRONGFUL DENIAL");
    }
    if (wanted != got.outcome) {
        ++tally.mismatches;
        return QStringLiteral("MISMATCH");
    }
    return {};
}

} // namespace

TEST_CASE("Authorization matrix: every role, resource, action and phase as the rules say")
{
    QElapsedTimer timer;
    timer.start();
    AuthzScenario scenario;
    Tally tally;
    for (Phase phase : Phases) {
        scenario.enter(phase);
        for (const Role &role : Roles) {
            for (const Resource &resource : Resources) {
                if (!appliesTo(role, resource))
                    continue;
                for (const QString &instance : resource.instances) {
                    for (const QString &action : resource.actions) {
                        const Outcome wanted
                            = expected(role, resource.name, instance, action, phase);
                        const Observed got = scenario.probe(role, resource.name, instance, action);
                        const QString recordOf = resource.name == QLatin1String("matter")
                                && action == QLatin1String("export record")
                            ? instance
                            : QString();
                        const QString verdict
                            = judge(role, wanted, got, phase, recordOf, scenario.secrets(), tally);
                        if (!verdict.isEmpty())
                            tally.failures.append(
                                QStringLiteral("%1: %2 / %3 %4 / %5: expected %6, got %7 [%8]")
                                    .arg(verdict, QLatin1String(phaseName(phase)), role.name,
                                        resource.name, instance + QLatin1Char(' ') + action,
                                        QLatin1String(outcomeName(wanted)),
                                        QLatin1String(outcomeName(got.outcome)), got.detail));
                    }
                }
            }
        }
    }
    for (const QString &failure : std::as_const(tally.failures))
        std::cout << failure.toStdString() << '\n';
    std::cout << "authorization matrix: " << tally.cases << " cases, " << tally.leaks << " leaks, "
              << tally.denials << " wrongful denials (" << tally.mismatches
              << " other mismatches) in " << timer.elapsed() << " ms" << std::endl;
    // What the cases covered: the roles, the phases (with their cases) and the closings.
    QStringList phases;
    for (Phase phase : Phases)
        phases.append(QStringLiteral("%1 %2")
                          .arg(QLatin1String(phaseName(phase)))
                          .arg(tally.perPhase.value(phase)));
    QStringList closings;
    for (const Conversation &conversation : Conversations) {
        if (const auto closing = closingOf(conversation))
            closings.append(QStringLiteral("%1 %2 %3")
                                .arg(conversation.key, closing->reason,
                                    QLatin1String(phaseName(closing->from))));
    }
    std::cout << "  " << Roles.size()
              << " roles; phases: " << phases.join(QStringLiteral(", ")).toStdString()
              << "; closed: " << closings.join(QStringLiteral(", ")).toStdString() << std::endl;
    CHECK(tally.cases > 0);
    CHECK(tally.leaks == 0);
    CHECK(tally.denials == 0);
    CHECK(tally.mismatches == 0);
}
