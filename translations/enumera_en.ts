<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>Cli</name>
    <message numerus="yes">
      <source>%n interview(s) exported to %1</source>
      <translation>
        <numerusform>%n interview exported to %1</numerusform>
        <numerusform>%n interviews exported to %1</numerusform>
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
  </context>
  <context>
    <name>InterviewSession</name>
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
    <name>enumera::app::SectionPanel</name>
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
</TS>
