// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyleFactory>

namespace enumera::app {

namespace {

const char *styleSheet = R"(
QWidget { color: #1f2933; }
QMainWindow, #listScreen, #interviewScreen, #mainArea, #page { background: #f4f6f9; }
QScrollArea#pageScroll { background: #f4f6f9; }

#topBar, #navBar { background: #ffffff; }
#topBar { border-bottom: 1px solid #dfe3ea; }
#navBar { border-top: 1px solid #dfe3ea; }
QLabel#household { font-size: 12pt; font-weight: bold; }
QLabel#progressText, QLabel#barLabel { color: #5f6b7a; }
QLabel#keysHint { color: #8a96a5; font-size: 9pt; }
QLabel#statusChip { border-radius: 10px; padding: 2px 10px; background: #e8f0fe; color: #1d4ed8;
                    font-weight: bold; font-size: 9pt; }
QLabel#statusChip[status="completed"], QLabel#statusChip[status="approved"] {
    background: #e3f5e9; color: #166534; }
QLabel#statusChip[status="rejected"] { background: #fff1d6; color: #92400e; }
QLabel#banner { background: #e3f5e9; color: #14532d; padding: 10px 18px;
                border-bottom: 1px solid #b7e1c4; }
QLabel#banner[kind="rejected"] { background: #fff1d6; color: #7c2d12;
                                 border-bottom: 1px solid #f3d19c; }
QLabel#banner[kind="conflict"] { background: #fdecec; color: #991b1b;
                                 border-bottom: 1px solid #efc2c2; }
QLabel#banner[kind="preview"] { background: #fff7e6; color: #7c2d12;
                                border-bottom: 1px solid #f3d19c; }
QPlainTextEdit#diagnostics { background: #fffaf0; color: #7c2d12; border: none;
                             border-bottom: 1px solid #f3d19c; font-family: "DejaVu Sans Mono";
                             font-size: 9pt; }

QTreeWidget#sectionPanel { background: #ffffff; border: none; border-right: 1px solid #dfe3ea;
                           padding: 8px 4px; outline: 0; }
QTreeWidget#sectionPanel::item { min-height: 30px; padding: 0px 4px; border-radius: 0px; }
QTreeWidget#sectionPanel::item:first { border-top-left-radius: 6px;
                                       border-bottom-left-radius: 6px; }
QTreeWidget#sectionPanel::item:last { border-top-right-radius: 6px;
                                      border-bottom-right-radius: 6px; }
QTreeWidget#sectionPanel::item:hover { background: #f1f5f9; }
QTreeWidget#sectionPanel::item:selected { background: #e1ebfd; color: #1e3a8a; }

QLabel#pageTitle { font-size: 16pt; font-weight: bold; color: #0f172a; padding-bottom: 2px; }
QLabel#sectionTitle { font-size: 12pt; font-weight: bold; color: #1e293b; padding: 4px 0px;
                      border-bottom: 1px solid #dfe3ea; }
QLabel#rosterTitle { font-size: 12pt; font-weight: bold; color: #1e293b; }
QLabel#screenTitle { font-size: 18pt; font-weight: bold; color: #0f172a; }
QLabel#enumeratorName { color: #5f6b7a; padding-bottom: 3px; }

#question, #grid { background: #ffffff; border: 1px solid #dfe3ea; border-radius: 8px; }
#question[commented="true"] { border-color: #f3c46b; }
#question[current="true"], #grid[current="true"] { border: 1px solid #2563eb;
                                                   background: #fbfcff; }
#question[outcome="error"] { border-color: #e8a5a5; }
#question[outcome="warning"] { border-color: #ecc77d; }
#question[outcome="error"][current="true"], #question[outcome="warning"][current="true"] {
    border-color: #2563eb; }
QLabel#questionName { color: #64748b; font-family: "DejaVu Sans Mono"; font-size: 9pt;
                      padding-top: 2px; min-width: 92px; }
QLabel#questionLabel { font-size: 11pt; color: #111827; }
QLabel#hint { color: #5f6b7a; font-size: 9pt; }
QLabel#instruction { color: #5b21b6; font-style: italic; background: #f6f3ff;
                     border-left: 3px solid #8b5cf6; padding: 4px 8px; }
QLabel#range { color: #5f6b7a; }
QLabel#message { border-radius: 5px; padding: 5px 9px; }
QLabel#message[kind="error"] { color: #991b1b; background: #fdecec; }
QLabel#message[kind="warning"] { color: #8a3b0b; background: #fff4db; }
QLabel#message[kind="confirmed"] { color: #166534; background: #e3f5e9; }
QLabel#message[kind="info"] { color: #1e3a8a; background: #e8f0fe; }
QLabel#comment { background: #fff7e6; color: #7c2d12; border-left: 3px solid #f59e0b;
                 border-radius: 4px; padding: 6px 10px; }

#option, #specialOption { border-radius: 6px; }
#option[highlighted="true"], #specialOption[highlighted="true"] { background: #eef2f7; }
#option[selected="true"], #specialOption[selected="true"] { background: #e1ebfd; }
QLabel#optionMark { color: #94a3b8; font-size: 12pt; }
QLabel#optionMark[selected="true"] { color: #2563eb; }
QLabel#optionCode { background: #eef1f5; color: #334155; border-radius: 4px; padding: 1px 5px;
                    font-family: "DejaVu Sans Mono"; font-weight: bold; }
QLabel#optionCode[selected="true"] { background: #2563eb; color: #ffffff; }
QLabel#optionCode[pending="true"] { background: #fde68a; color: #713f12; }
#specialOption QLabel#optionLabel { color: #475569; font-style: italic; }

QLabel#gridHeader { color: #475569; font-size: 9pt; padding: 0px 2px; }
#gridRow { border-top: 1px solid #eef1f5; }
#gridRow[current="true"] { background: #eef4ff; border-radius: 6px; }
QLabel#gridRowLabel { padding: 4px 8px 4px 0px; }
QLabel#gridCell { color: #64748b; border-radius: 5px; font-family: "DejaVu Sans Mono"; }
QLabel#gridCell:hover { background: #eef2f7; }
QLabel#gridCell[selected="true"] { background: #2563eb; color: #ffffff; }

#note { background: #eef2f6; border-left: 3px solid #64748b; border-radius: 6px; }
QLabel#noteText { color: #334155; }

#rosterRow { background: #f8fafc; border: 1px solid #dfe3ea; border-radius: 8px; }
#rowEntry { background: #ffffff; border: 1px solid #dfe3ea; border-radius: 8px; }
QLabel#rowTitle { font-size: 11pt; font-weight: bold; color: #1e3a8a; }
QLabel#rowSummary { color: #5f6b7a; padding: 0px 10px; }

QPushButton { background: #ffffff; border: 1px solid #c5ced9; border-radius: 6px;
              padding: 6px 14px; color: #1f2933; }
QPushButton:hover { background: #f1f5f9; }
QPushButton:focus { border: 1px solid #2563eb; }
QPushButton:disabled { color: #9aa5b1; border-color: #e2e8f0; }
QPushButton#completeInterview, QPushButton#newInterview, QPushButton#startInterview,
QPushButton#completeButton, QPushButton#saveProfile {
    background: #2563eb; color: #ffffff; border: 1px solid #2563eb; font-weight: bold; }
QPushButton#completeInterview:hover, QPushButton#newInterview:hover,
QPushButton#startInterview:hover, QPushButton#completeButton:hover {
    background: #1d4ed8; }
QPushButton#completeButton:disabled, QPushButton#startInterview:disabled {
    background: #a9c1f5; border-color: #a9c1f5; color: #ffffff; }
QPushButton#addRow { color: #1d4ed8; border: 1px dashed #93b4f5; background: #f5f8ff; }
QPushButton#addRow:focus { border: 2px solid #2563eb; }
QPushButton#removeRow { color: #991b1b; border-color: #efc2c2; padding: 4px 10px; }
QPushButton#specialCode { padding: 5px 10px; color: #475569; }
QPushButton#specialCode:checked { background: #2563eb; color: #ffffff; border-color: #2563eb; }
QPushButton#openConfirm { color: #8a3b0b; border-color: #ecc77d; background: #fffaf0; }
QPushButton#backToList { border: none; color: #1d4ed8; font-weight: bold; }

QLineEdit, QComboBox { background: #ffffff; border: 1px solid #c5ced9; border-radius: 6px;
                       padding: 5px 8px; selection-background-color: #bfd3fb;
                       selection-color: #0f172a; }
QLineEdit:focus, QComboBox:focus { border: 1px solid #2563eb; }
QLineEdit:read-only { background: #f4f6f9; color: #334155; }

QTableView#interviewTable, QTableView#reviewTable, QTableWidget#teamTable {
                            background: #ffffff; alternate-background-color: #f8fafc;
                            border: 1px solid #dfe3ea; border-radius: 8px;
                            selection-background-color: #e1ebfd; selection-color: #0f172a; }
QHeaderView::section { background: #f8fafc; border: none; border-bottom: 1px solid #dfe3ea;
                       padding: 8px; font-weight: bold; color: #475569; }
QLabel#emptyState { color: #64748b; font-size: 11pt; }
QListWidget#missingList { border: 1px solid #dfe3ea; border-radius: 6px; }
QListWidget#missingList::item { padding: 6px; }
QSplitter::handle { background: #dfe3ea; width: 1px; }

#supervisorScreen, #reviewScreen, #teamScreen { background: #f4f6f9; }
QTableView#reviewTable::item, QTableWidget#teamTable::item { padding: 0px 6px; }
#supervisorBar { background: #ffffff; border-bottom: 1px solid #dfe3ea; }
QLabel#serverState { color: #92400e; }
QLabel#serverState[running="true"] { color: #166534; font-weight: bold; }
QLabel#syncState { color: #5f6b7a; }
QTabWidget#supervisorTabs::pane { border: none; }
QTabBar::tab { background: transparent; border: none; border-bottom: 2px solid transparent;
               padding: 9px 20px; color: #5f6b7a; font-size: 11pt; }
QTabBar::tab:selected { color: #1d4ed8; border-bottom: 2px solid #2563eb; font-weight: bold; }
QTabBar::tab:hover { color: #1f2933; }
#detailsPanel, #pairingCard { background: #ffffff; border: 1px solid #dfe3ea;
                              border-radius: 8px; }
QScrollArea#detailsScroll, QScrollArea#detailsScroll > QWidget > QWidget {
    background: #ffffff; }
QLabel#cardTitle { font-size: 12pt; font-weight: bold; color: #0f172a; }
QLabel#pairingCode { font-family: "DejaVu Sans Mono"; font-size: 20pt; font-weight: bold;
                     color: #1e3a8a; background: #eef4ff; border-radius: 6px;
                     padding: 8px 12px; }
QLabel#cardLabel { color: #5f6b7a; font-size: 9pt; font-weight: bold; padding-top: 4px; }
QLabel#cardValue { font-size: 11pt; }
QLabel#cardValue[stopped="true"] { color: #92400e; }
QLabel#fingerprint { font-family: "DejaVu Sans Mono"; font-size: 14pt; font-weight: bold;
                     color: #0f172a; }
QPushButton#approveInterview, QPushButton#openReview, QPushButton#addEnumerator,
QPushButton#pairButton, QPushButton#syncNow {
    background: #2563eb; color: #ffffff; border: 1px solid #2563eb; font-weight: bold; }
QPushButton#approveInterview:hover, QPushButton#openReview:hover,
QPushButton#addEnumerator:hover, QPushButton#pairButton:hover, QPushButton#syncNow:hover {
    background: #1d4ed8; }
QPushButton#approveInterview:disabled, QPushButton#openReview:disabled,
QPushButton#pairButton:disabled, QPushButton#syncNow:disabled {
    background: #a9c1f5; border-color: #a9c1f5; color: #ffffff; }
QPushButton#rejectInterview { color: #92400e; border-color: #ecc77d; background: #fffaf0; }
QPushButton#settleConflict { color: #991b1b; border-color: #efc2c2; background: #fdecec;
                             font-weight: bold; }
)";

} // namespace

void applyTheme(QApplication &app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p = app.palette();
    p.setColor(QPalette::Window, QColor(0xf4, 0xf6, 0xf9));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf8, 0xfa, 0xfc));
    p.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::Highlight, QColor(0x25, 0x63, 0xeb));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Button, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x1f, 0x29, 0x33));
    p.setColor(QPalette::ToolTipText, Qt::white);
    app.setPalette(p);
    QFont font = app.font();
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    app.setFont(font);
    app.setStyleSheet(QString::fromLatin1(styleSheet));
}

} // namespace enumera::app
