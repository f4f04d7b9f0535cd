<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>Cli</name>
    <message numerus="yes">
      <source>%1: resuming after line %2, acknowledged before in interview %3; %n step(s) up to it skipped</source>
      <translation>
        <numerusform>%1: resuming after line %2, acknowledged before in interview %3; %n step up to it skipped</numerusform>
        <numerusform>%1: resuming after line %2, acknowledged before in interview %3; %n steps up to it skipped</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n interview(s) exported to %1</source>
      <translation>
        <numerusform>%n interview exported to %1</numerusform>
        <numerusform>%n interviews exported to %1</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>; %n scenario file(s) not run, see above</source>
      <translation>
        <numerusform>; %n scenario file not run, see above</numerusform>
        <numerusform>; %n scenario files not run, see above</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Expression</name>
    <message numerus="yes">
      <source>%1() takes %n argument(s), found %2 (in %3)</source>
      <translation>
        <numerusform>%1() takes %n argument, found %2 (in %3)</numerusform>
        <numerusform>%1() takes %n arguments, found %2 (in %3)</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Interview</name>
    <message numerus="yes">
      <source>'%1' has no row %2 (it has %n row(s))</source>
      <translation>
        <numerusform>'%1' has no row %2 (it has %n row)</numerusform>
        <numerusform>'%1' has no row %2 (it has %n rows)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>the interview has %n error(s) to correct before it can be completed</source>
      <translation>
        <numerusform>the interview has %n error to correct before it can be completed</numerusform>
        <numerusform>the interview has %n errors to correct before it can be completed</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>enumera::app::CompleteDialog</name>
    <message numerus="yes">
      <source>Complete with %n open question(s)</source>
      <translation>
        <numerusform>Complete with %n open question</numerusform>
        <numerusform>Complete with %n open questions</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>enumera::app::InterviewScreen</name>
    <message numerus="yes">
      <source>The supervisor's comments are shown at their questions (%n).</source>
      <translation>
        <numerusform>The supervisor's comments are shown at their questions (%n).</numerusform>
        <numerusform>The supervisor's comments are shown at their questions (%n).</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>enumera::app::MainWindow</name>
    <message numerus="yes">
      <source>Preview of %1, loaded at %2 (%n warning(s)). The form is loaded again whenever the file changes.</source>
      <translation>
        <numerusform>Preview of %1, loaded at %2 (%n warning). The form is loaded again whenever the file changes.</numerusform>
        <numerusform>Preview of %1, loaded at %2 (%n warnings). The form is loaded again whenever the file changes.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Preview of %1: the file no longer loads (%n error(s)). New interviews use the last version that loaded.</source>
      <translation>
        <numerusform>Preview of %1: the file no longer loads (%n error). New interviews use the last version that loaded.</numerusform>
        <numerusform>Preview of %1: the file no longer loads (%n errors). New interviews use the last version that loaded.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>enumera::app::PageView</name>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n error</numerusform>
        <numerusform>%n errors</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>enumera::app::RejectDialog</name>
    <message numerus="yes">
      <source>Household %1 goes back to the enumerator at their next sync, with this reason at the top and your %n comment(s) at the questions. Corrected and completed again, it comes back as the next revision.</source>
      <translation>
        <numerusform>Household %1 goes back to the enumerator at their next sync, with this reason at the top and your %n comment at the questions. Corrected and completed again, it comes back as the next revision.</numerusform>
        <numerusform>Household %1 goes back to the enumerator at their next sync, with this reason at the top and your %n comments at the questions. Corrected and completed again, it comes back as the next revision.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>enumera::app::ReviewListScreen</name>
    <message numerus="yes">
      <source>%1 to review · %n conflict(s)</source>
      <translation>
        <numerusform>%1 to review · %n conflict</numerusform>
        <numerusform>%1 to review · %n conflicts</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n comment(s) of the supervisor</source>
      <translation>
        <numerusform>%n comment of the supervisor</numerusform>
        <numerusform>%n comments of the supervisor</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>enumera::app::SectionPanel</name>
    <message numerus="yes">
      <source>%n comment(s) of the supervisor</source>
      <translation>
        <numerusform>%n comment of the supervisor</numerusform>
        <numerusform>%n comments of the supervisor</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n error(s)</source>
      <translation>
        <numerusform>%n error</numerusform>
        <numerusform>%n errors</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n warning(s) to confirm</source>
      <translation>
        <numerusform>%n warning to confirm</numerusform>
        <numerusform>%n warnings to confirm</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>enumera::app::SupervisorScreen</name>
    <message numerus="yes">
      <source>%n completed or approved interview(s) written to %1.</source>
      <translation>
        <numerusform>%n completed or approved interview written to %1.</numerusform>
        <numerusform>%n completed or approved interviews written to %1.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>enumera::app::SyncPanel</name>
    <message numerus="yes">
      <source>%n approved</source>
      <translation>
        <numerusform>%n approved</numerusform>
        <numerusform>%n approved</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n interview(s) received by the supervisor's server…</source>
      <translation>
        <numerusform>%n interview received by the supervisor's server…</numerusform>
        <numerusform>%n interviews received by the supervisor's server…</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n interview(s) refused by the server:</source>
      <translation>
        <numerusform>%n interview refused by the server:</numerusform>
        <numerusform>%n interviews refused by the server:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n interview(s) sent</source>
      <translation>
        <numerusform>%n interview sent</numerusform>
        <numerusform>%n interviews sent</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n kept by the supervisor beside a copy changed there (a conflict the supervisor settles)</source>
      <translation>
        <numerusform>%n kept by the supervisor beside a copy changed there (a conflict the supervisor settles)</numerusform>
        <numerusform>%n kept by the supervisor beside a copy changed there (a conflict the supervisor settles)</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new form version(s)</source>
      <translation>
        <numerusform>%n new form version</numerusform>
        <numerusform>%n new form versions</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n new or changed assignment(s)</source>
      <translation>
        <numerusform>%n new or changed assignment</numerusform>
        <numerusform>%n new or changed assignments</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n sent back to you to correct</source>
      <translation>
        <numerusform>%n sent back to you to correct</numerusform>
        <numerusform>%n sent back to you to correct</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n updated by the supervisor</source>
      <translation>
        <numerusform>%n updated by the supervisor</numerusform>
        <numerusform>%n updated by the supervisor</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Sending %n interview(s)…</source>
      <translation>
        <numerusform>Sending %n interview…</numerusform>
        <numerusform>Sending %n interviews…</numerusform>
      </translation>
    </message>
  </context>
</TS>
