<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>charla::Account</name>
    <message numerus="yes">
        <source>%1: connection lost, trying again in %n second(s)…</source>
        <translation><numerusform>%1: connection lost, trying again in %n second…</numerusform><numerusform>%1: connection lost, trying again in %n seconds…</numerusform></translation>
    </message>
</context>
<context>
    <name>charla::DataForm</name>
    <message numerus="yes">
        <source>Choose at least %n option(s) for "%1".</source>
        <translation><numerusform>Choose at least %n option for "%1".</numerusform><numerusform>Choose at least %n options for "%1".</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Choose at most %n option(s) for "%1".</source>
        <translation><numerusform>Choose at most %n option for "%1".</numerusform><numerusform>Choose at most %n options for "%1".</numerusform></translation>
    </message>
</context>
<context>
    <name>charla::JoinRoomDialog</name>
    <message numerus="yes">
        <source>%n room(s) on %1.</source>
        <translation><numerusform>%n room on %1.</numerusform><numerusform>%n rooms on %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>charla::RoomManager</name>
    <message numerus="yes">
        <source>%n occupant(s)</source>
        <translation><numerusform>%n occupant</numerusform><numerusform>%n occupants</numerusform></translation>
    </message>
</context>
<context>
    <name>charla::RunCommandDialog</name>
    <message numerus="yes">
        <source>%n command(s) offered by %1.</source>
        <translation><numerusform>%n command offered by %1.</numerusform><numerusform>%n commands offered by %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>charla::SearchPanel</name>
    <message numerus="yes">
        <source>%n message(s) found.</source>
        <translation><numerusform>%n message found.</numerusform><numerusform>%n messages found.</numerusform></translation>
    </message>
</context>
<context>
    <name>charla::ServerInfoWindow</name>
    <message numerus="yes">
        <source>%n requirement(s) missing</source>
        <translation><numerusform>%n requirement missing</numerusform><numerusform>%n requirements missing</numerusform></translation>
    </message>
</context>
<context>
    <name>charla::ServiceText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation><numerusform>%n minute</numerusform><numerusform>%n minutes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation><numerusform>%n second</numerusform><numerusform>%n seconds</numerusform></translation>
    </message>
</context>
<context>
    <name>charla::SettingsDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>charla::SubscriptionNotices</name>
    <message numerus="yes">
        <source>%n more request(s) after these</source>
        <translation><numerusform>%n more request after these</numerusform><numerusform>%n more requests after these</numerusform></translation>
    </message>
</context>
<context>
    <name>charla::TrayIcon</name>
    <message numerus="yes">
        <source>%n unread message(s)</source>
        <translation><numerusform>%n unread message</numerusform><numerusform>%n unread messages</numerusform></translation>
    </message>
</context>
</TS>