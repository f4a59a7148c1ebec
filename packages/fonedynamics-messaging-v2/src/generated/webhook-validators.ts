/**
 * Generated from specs/fonedynamics-messaging-v2/ (its `webhooks`) by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */
// @ts-nocheck -- ajv 8 standalone output, compiled from the spec; the typed wrapper is ./webhooks.ts.
// Validators of JSON bodies.
import type { CompiledValidator } from '@messaging-contracts/runtime/webhooks';
export const MessageReceivedWebhook: CompiledValidator = validate22;
const schema7 = {"type":"object","required":["Action","Event","Account.Sid","Property.Sid","Message.Sid","Message.From","Message.To","Message.Text"],"properties":{"Action":{"type":"string","enum":["Webhook"]},"Event":{"type":"string","enum":["Message.Received"]},"Account.Sid":{"type":"string"},"Property.Sid":{"type":"string"},"Message.Sid":{"type":"string"},"Message.From":{"type":"string"},"Message.To":{"type":"string"},"Message.Text":{"type":"string"}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.Action === undefined) && (missing0 = "Action")) || ((data.Event === undefined) && (missing0 = "Event"))) || ((data["Account.Sid"] === undefined) && (missing0 = "Account.Sid"))) || ((data["Property.Sid"] === undefined) && (missing0 = "Property.Sid"))) || ((data["Message.Sid"] === undefined) && (missing0 = "Message.Sid"))) || ((data["Message.From"] === undefined) && (missing0 = "Message.From"))) || ((data["Message.To"] === undefined) && (missing0 = "Message.To"))) || ((data["Message.Text"] === undefined) && (missing0 = "Message.Text"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.Action !== undefined){
let data0 = data.Action;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate22.errors = [{instancePath:instancePath+"/Action",schemaPath:"#/properties/Action/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data0 === "Webhook")){
validate22.errors = [{instancePath:instancePath+"/Action",schemaPath:"#/properties/Action/enum",keyword:"enum",params:{allowedValues: schema7.properties.Action.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Event !== undefined){
let data1 = data.Event;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate22.errors = [{instancePath:instancePath+"/Event",schemaPath:"#/properties/Event/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data1 === "Message.Received")){
validate22.errors = [{instancePath:instancePath+"/Event",schemaPath:"#/properties/Event/enum",keyword:"enum",params:{allowedValues: schema7.properties.Event.enum}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Account.Sid"] !== undefined){
const _errs5 = errors;
if(typeof data["Account.Sid"] !== "string"){
validate22.errors = [{instancePath:instancePath+"/Account.Sid",schemaPath:"#/properties/Account.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Property.Sid"] !== undefined){
const _errs7 = errors;
if(typeof data["Property.Sid"] !== "string"){
validate22.errors = [{instancePath:instancePath+"/Property.Sid",schemaPath:"#/properties/Property.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.Sid"] !== undefined){
const _errs9 = errors;
if(typeof data["Message.Sid"] !== "string"){
validate22.errors = [{instancePath:instancePath+"/Message.Sid",schemaPath:"#/properties/Message.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.From"] !== undefined){
const _errs11 = errors;
if(typeof data["Message.From"] !== "string"){
validate22.errors = [{instancePath:instancePath+"/Message.From",schemaPath:"#/properties/Message.From/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.To"] !== undefined){
const _errs13 = errors;
if(typeof data["Message.To"] !== "string"){
validate22.errors = [{instancePath:instancePath+"/Message.To",schemaPath:"#/properties/Message.To/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.Text"] !== undefined){
const _errs15 = errors;
if(typeof data["Message.Text"] !== "string"){
validate22.errors = [{instancePath:instancePath+"/Message.Text",schemaPath:"#/properties/Message.Text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

export const MessageDeliveryReceiptReceivedWebhook: CompiledValidator = validate23;
const schema8 = {"type":"object","required":["Action","Event","Account.Sid","Property.Sid","Message.Sid","Message.From","Message.To","Message.Text"],"properties":{"Action":{"type":"string","enum":["Webhook"]},"Event":{"type":"string","enum":["Message.DeliveryReceiptReceived"]},"Account.Sid":{"type":"string"},"Property.Sid":{"type":"string"},"Message.Sid":{"type":"string"},"Message.From":{"type":"string"},"Message.To":{"type":"string"},"Message.Text":{"type":"string"}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.Action === undefined) && (missing0 = "Action")) || ((data.Event === undefined) && (missing0 = "Event"))) || ((data["Account.Sid"] === undefined) && (missing0 = "Account.Sid"))) || ((data["Property.Sid"] === undefined) && (missing0 = "Property.Sid"))) || ((data["Message.Sid"] === undefined) && (missing0 = "Message.Sid"))) || ((data["Message.From"] === undefined) && (missing0 = "Message.From"))) || ((data["Message.To"] === undefined) && (missing0 = "Message.To"))) || ((data["Message.Text"] === undefined) && (missing0 = "Message.Text"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.Action !== undefined){
let data0 = data.Action;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate23.errors = [{instancePath:instancePath+"/Action",schemaPath:"#/properties/Action/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data0 === "Webhook")){
validate23.errors = [{instancePath:instancePath+"/Action",schemaPath:"#/properties/Action/enum",keyword:"enum",params:{allowedValues: schema8.properties.Action.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.Event !== undefined){
let data1 = data.Event;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate23.errors = [{instancePath:instancePath+"/Event",schemaPath:"#/properties/Event/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data1 === "Message.DeliveryReceiptReceived")){
validate23.errors = [{instancePath:instancePath+"/Event",schemaPath:"#/properties/Event/enum",keyword:"enum",params:{allowedValues: schema8.properties.Event.enum}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Account.Sid"] !== undefined){
const _errs5 = errors;
if(typeof data["Account.Sid"] !== "string"){
validate23.errors = [{instancePath:instancePath+"/Account.Sid",schemaPath:"#/properties/Account.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Property.Sid"] !== undefined){
const _errs7 = errors;
if(typeof data["Property.Sid"] !== "string"){
validate23.errors = [{instancePath:instancePath+"/Property.Sid",schemaPath:"#/properties/Property.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.Sid"] !== undefined){
const _errs9 = errors;
if(typeof data["Message.Sid"] !== "string"){
validate23.errors = [{instancePath:instancePath+"/Message.Sid",schemaPath:"#/properties/Message.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.From"] !== undefined){
const _errs11 = errors;
if(typeof data["Message.From"] !== "string"){
validate23.errors = [{instancePath:instancePath+"/Message.From",schemaPath:"#/properties/Message.From/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.To"] !== undefined){
const _errs13 = errors;
if(typeof data["Message.To"] !== "string"){
validate23.errors = [{instancePath:instancePath+"/Message.To",schemaPath:"#/properties/Message.To/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.Text"] !== undefined){
const _errs15 = errors;
if(typeof data["Message.Text"] !== "string"){
validate23.errors = [{instancePath:instancePath+"/Message.Text",schemaPath:"#/properties/Message.Text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}
