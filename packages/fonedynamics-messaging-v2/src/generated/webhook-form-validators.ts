/**
 * Generated from specs/fonedynamics-messaging-v2/ (its `webhooks`) by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */
// @ts-nocheck -- ajv 8 standalone output, compiled from the spec; the typed wrapper is ./webhooks.ts.
// Validators of query strings and form bodies: values arrive as strings and are coerced as the schema says.
import type { CompiledValidator } from '@messaging-contracts/runtime/webhooks';
export const query0: CompiledValidator = validate22;
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
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate22.errors = [{instancePath:instancePath+"/Action",schemaPath:"#/properties/Action/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["Action"] = coerced0;
}
}
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
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
validate22.errors = [{instancePath:instancePath+"/Event",schemaPath:"#/properties/Event/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["Event"] = coerced1;
}
}
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
let data2 = data["Account.Sid"];
const _errs5 = errors;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(typeof data2 === "string"){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
validate22.errors = [{instancePath:instancePath+"/Account.Sid",schemaPath:"#/properties/Account.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["Account.Sid"] = coerced2;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Property.Sid"] !== undefined){
let data3 = data["Property.Sid"];
const _errs7 = errors;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(typeof data3 === "string"){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
validate22.errors = [{instancePath:instancePath+"/Property.Sid",schemaPath:"#/properties/Property.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["Property.Sid"] = coerced3;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.Sid"] !== undefined){
let data4 = data["Message.Sid"];
const _errs9 = errors;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(dataType4 == 'object' && Array.isArray(data4) && data4.length == 1){
data4 = data4[0];
dataType4 = typeof data4;
if(typeof data4 === "string"){
coerced4 = data4;
}
}
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
validate22.errors = [{instancePath:instancePath+"/Message.Sid",schemaPath:"#/properties/Message.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["Message.Sid"] = coerced4;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.From"] !== undefined){
let data5 = data["Message.From"];
const _errs11 = errors;
if(typeof data5 !== "string"){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(dataType5 == 'object' && Array.isArray(data5) && data5.length == 1){
data5 = data5[0];
dataType5 = typeof data5;
if(typeof data5 === "string"){
coerced5 = data5;
}
}
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else {
validate22.errors = [{instancePath:instancePath+"/Message.From",schemaPath:"#/properties/Message.From/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["Message.From"] = coerced5;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.To"] !== undefined){
let data6 = data["Message.To"];
const _errs13 = errors;
if(typeof data6 !== "string"){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(dataType6 == 'object' && Array.isArray(data6) && data6.length == 1){
data6 = data6[0];
dataType6 = typeof data6;
if(typeof data6 === "string"){
coerced6 = data6;
}
}
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data6;
}
else if(data6 === null){
coerced6 = "";
}
else {
validate22.errors = [{instancePath:instancePath+"/Message.To",schemaPath:"#/properties/Message.To/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["Message.To"] = coerced6;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.Text"] !== undefined){
let data7 = data["Message.Text"];
const _errs15 = errors;
if(typeof data7 !== "string"){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(dataType7 == 'object' && Array.isArray(data7) && data7.length == 1){
data7 = data7[0];
dataType7 = typeof data7;
if(typeof data7 === "string"){
coerced7 = data7;
}
}
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data7;
}
else if(data7 === null){
coerced7 = "";
}
else {
validate22.errors = [{instancePath:instancePath+"/Message.Text",schemaPath:"#/properties/Message.Text/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["Message.Text"] = coerced7;
}
}
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

export const MessageReceivedWebhook: CompiledValidator = validate23;
const schema8 = {"type":"object","required":["Action","Event","Account.Sid","Property.Sid","Message.Sid","Message.From","Message.To","Message.Text"],"properties":{"Action":{"type":"string","enum":["Webhook"]},"Event":{"type":"string","enum":["Message.Received"]},"Account.Sid":{"type":"string"},"Property.Sid":{"type":"string"},"Message.Sid":{"type":"string"},"Message.From":{"type":"string"},"Message.To":{"type":"string"},"Message.Text":{"type":"string"}}};

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
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate23.errors = [{instancePath:instancePath+"/Action",schemaPath:"#/properties/Action/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["Action"] = coerced0;
}
}
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
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
validate23.errors = [{instancePath:instancePath+"/Event",schemaPath:"#/properties/Event/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["Event"] = coerced1;
}
}
}
if(!(data1 === "Message.Received")){
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
let data2 = data["Account.Sid"];
const _errs5 = errors;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(typeof data2 === "string"){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
validate23.errors = [{instancePath:instancePath+"/Account.Sid",schemaPath:"#/properties/Account.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["Account.Sid"] = coerced2;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Property.Sid"] !== undefined){
let data3 = data["Property.Sid"];
const _errs7 = errors;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(typeof data3 === "string"){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
validate23.errors = [{instancePath:instancePath+"/Property.Sid",schemaPath:"#/properties/Property.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["Property.Sid"] = coerced3;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.Sid"] !== undefined){
let data4 = data["Message.Sid"];
const _errs9 = errors;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(dataType4 == 'object' && Array.isArray(data4) && data4.length == 1){
data4 = data4[0];
dataType4 = typeof data4;
if(typeof data4 === "string"){
coerced4 = data4;
}
}
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
validate23.errors = [{instancePath:instancePath+"/Message.Sid",schemaPath:"#/properties/Message.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["Message.Sid"] = coerced4;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.From"] !== undefined){
let data5 = data["Message.From"];
const _errs11 = errors;
if(typeof data5 !== "string"){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(dataType5 == 'object' && Array.isArray(data5) && data5.length == 1){
data5 = data5[0];
dataType5 = typeof data5;
if(typeof data5 === "string"){
coerced5 = data5;
}
}
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else {
validate23.errors = [{instancePath:instancePath+"/Message.From",schemaPath:"#/properties/Message.From/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["Message.From"] = coerced5;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.To"] !== undefined){
let data6 = data["Message.To"];
const _errs13 = errors;
if(typeof data6 !== "string"){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(dataType6 == 'object' && Array.isArray(data6) && data6.length == 1){
data6 = data6[0];
dataType6 = typeof data6;
if(typeof data6 === "string"){
coerced6 = data6;
}
}
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data6;
}
else if(data6 === null){
coerced6 = "";
}
else {
validate23.errors = [{instancePath:instancePath+"/Message.To",schemaPath:"#/properties/Message.To/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["Message.To"] = coerced6;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.Text"] !== undefined){
let data7 = data["Message.Text"];
const _errs15 = errors;
if(typeof data7 !== "string"){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(dataType7 == 'object' && Array.isArray(data7) && data7.length == 1){
data7 = data7[0];
dataType7 = typeof data7;
if(typeof data7 === "string"){
coerced7 = data7;
}
}
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data7;
}
else if(data7 === null){
coerced7 = "";
}
else {
validate23.errors = [{instancePath:instancePath+"/Message.Text",schemaPath:"#/properties/Message.Text/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["Message.Text"] = coerced7;
}
}
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

export const query3: CompiledValidator = validate24;
const schema9 = {"type":"object","required":["Action","Event","Account.Sid","Property.Sid","Message.Sid","Message.From","Message.To","Message.Text"],"properties":{"Action":{"type":"string","enum":["Webhook"]},"Event":{"type":"string","enum":["Message.DeliveryReceiptReceived"]},"Account.Sid":{"type":"string"},"Property.Sid":{"type":"string"},"Message.Sid":{"type":"string"},"Message.From":{"type":"string"},"Message.To":{"type":"string"},"Message.Text":{"type":"string"}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.Action === undefined) && (missing0 = "Action")) || ((data.Event === undefined) && (missing0 = "Event"))) || ((data["Account.Sid"] === undefined) && (missing0 = "Account.Sid"))) || ((data["Property.Sid"] === undefined) && (missing0 = "Property.Sid"))) || ((data["Message.Sid"] === undefined) && (missing0 = "Message.Sid"))) || ((data["Message.From"] === undefined) && (missing0 = "Message.From"))) || ((data["Message.To"] === undefined) && (missing0 = "Message.To"))) || ((data["Message.Text"] === undefined) && (missing0 = "Message.Text"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.Action !== undefined){
let data0 = data.Action;
const _errs1 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate24.errors = [{instancePath:instancePath+"/Action",schemaPath:"#/properties/Action/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["Action"] = coerced0;
}
}
}
if(!(data0 === "Webhook")){
validate24.errors = [{instancePath:instancePath+"/Action",schemaPath:"#/properties/Action/enum",keyword:"enum",params:{allowedValues: schema9.properties.Action.enum}}];
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
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
validate24.errors = [{instancePath:instancePath+"/Event",schemaPath:"#/properties/Event/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["Event"] = coerced1;
}
}
}
if(!(data1 === "Message.DeliveryReceiptReceived")){
validate24.errors = [{instancePath:instancePath+"/Event",schemaPath:"#/properties/Event/enum",keyword:"enum",params:{allowedValues: schema9.properties.Event.enum}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Account.Sid"] !== undefined){
let data2 = data["Account.Sid"];
const _errs5 = errors;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(typeof data2 === "string"){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
validate24.errors = [{instancePath:instancePath+"/Account.Sid",schemaPath:"#/properties/Account.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["Account.Sid"] = coerced2;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Property.Sid"] !== undefined){
let data3 = data["Property.Sid"];
const _errs7 = errors;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(typeof data3 === "string"){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
validate24.errors = [{instancePath:instancePath+"/Property.Sid",schemaPath:"#/properties/Property.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["Property.Sid"] = coerced3;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.Sid"] !== undefined){
let data4 = data["Message.Sid"];
const _errs9 = errors;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(dataType4 == 'object' && Array.isArray(data4) && data4.length == 1){
data4 = data4[0];
dataType4 = typeof data4;
if(typeof data4 === "string"){
coerced4 = data4;
}
}
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
validate24.errors = [{instancePath:instancePath+"/Message.Sid",schemaPath:"#/properties/Message.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["Message.Sid"] = coerced4;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.From"] !== undefined){
let data5 = data["Message.From"];
const _errs11 = errors;
if(typeof data5 !== "string"){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(dataType5 == 'object' && Array.isArray(data5) && data5.length == 1){
data5 = data5[0];
dataType5 = typeof data5;
if(typeof data5 === "string"){
coerced5 = data5;
}
}
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else {
validate24.errors = [{instancePath:instancePath+"/Message.From",schemaPath:"#/properties/Message.From/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["Message.From"] = coerced5;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.To"] !== undefined){
let data6 = data["Message.To"];
const _errs13 = errors;
if(typeof data6 !== "string"){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(dataType6 == 'object' && Array.isArray(data6) && data6.length == 1){
data6 = data6[0];
dataType6 = typeof data6;
if(typeof data6 === "string"){
coerced6 = data6;
}
}
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data6;
}
else if(data6 === null){
coerced6 = "";
}
else {
validate24.errors = [{instancePath:instancePath+"/Message.To",schemaPath:"#/properties/Message.To/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["Message.To"] = coerced6;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.Text"] !== undefined){
let data7 = data["Message.Text"];
const _errs15 = errors;
if(typeof data7 !== "string"){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(dataType7 == 'object' && Array.isArray(data7) && data7.length == 1){
data7 = data7[0];
dataType7 = typeof data7;
if(typeof data7 === "string"){
coerced7 = data7;
}
}
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data7;
}
else if(data7 === null){
coerced7 = "";
}
else {
validate24.errors = [{instancePath:instancePath+"/Message.Text",schemaPath:"#/properties/Message.Text/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["Message.Text"] = coerced7;
}
}
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
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}

export const MessageDeliveryReceiptReceivedWebhook: CompiledValidator = validate25;
const schema10 = {"type":"object","required":["Action","Event","Account.Sid","Property.Sid","Message.Sid","Message.From","Message.To","Message.Text"],"properties":{"Action":{"type":"string","enum":["Webhook"]},"Event":{"type":"string","enum":["Message.DeliveryReceiptReceived"]},"Account.Sid":{"type":"string"},"Property.Sid":{"type":"string"},"Message.Sid":{"type":"string"},"Message.From":{"type":"string"},"Message.To":{"type":"string"},"Message.Text":{"type":"string"}}};

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.Action === undefined) && (missing0 = "Action")) || ((data.Event === undefined) && (missing0 = "Event"))) || ((data["Account.Sid"] === undefined) && (missing0 = "Account.Sid"))) || ((data["Property.Sid"] === undefined) && (missing0 = "Property.Sid"))) || ((data["Message.Sid"] === undefined) && (missing0 = "Message.Sid"))) || ((data["Message.From"] === undefined) && (missing0 = "Message.From"))) || ((data["Message.To"] === undefined) && (missing0 = "Message.To"))) || ((data["Message.Text"] === undefined) && (missing0 = "Message.Text"))){
validate25.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.Action !== undefined){
let data0 = data.Action;
const _errs1 = errors;
if(typeof data0 !== "string"){
let dataType0 = typeof data0;
let coerced0 = undefined;
if(dataType0 == 'object' && Array.isArray(data0) && data0.length == 1){
data0 = data0[0];
dataType0 = typeof data0;
if(typeof data0 === "string"){
coerced0 = data0;
}
}
if(!(coerced0 !== undefined)){
if(dataType0 == "number" || dataType0 == "boolean"){
coerced0 = "" + data0;
}
else if(data0 === null){
coerced0 = "";
}
else {
validate25.errors = [{instancePath:instancePath+"/Action",schemaPath:"#/properties/Action/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced0 !== undefined){
data0 = coerced0;
if(data !== undefined){
data["Action"] = coerced0;
}
}
}
if(!(data0 === "Webhook")){
validate25.errors = [{instancePath:instancePath+"/Action",schemaPath:"#/properties/Action/enum",keyword:"enum",params:{allowedValues: schema10.properties.Action.enum}}];
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
let dataType1 = typeof data1;
let coerced1 = undefined;
if(dataType1 == 'object' && Array.isArray(data1) && data1.length == 1){
data1 = data1[0];
dataType1 = typeof data1;
if(typeof data1 === "string"){
coerced1 = data1;
}
}
if(!(coerced1 !== undefined)){
if(dataType1 == "number" || dataType1 == "boolean"){
coerced1 = "" + data1;
}
else if(data1 === null){
coerced1 = "";
}
else {
validate25.errors = [{instancePath:instancePath+"/Event",schemaPath:"#/properties/Event/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced1 !== undefined){
data1 = coerced1;
if(data !== undefined){
data["Event"] = coerced1;
}
}
}
if(!(data1 === "Message.DeliveryReceiptReceived")){
validate25.errors = [{instancePath:instancePath+"/Event",schemaPath:"#/properties/Event/enum",keyword:"enum",params:{allowedValues: schema10.properties.Event.enum}}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Account.Sid"] !== undefined){
let data2 = data["Account.Sid"];
const _errs5 = errors;
if(typeof data2 !== "string"){
let dataType2 = typeof data2;
let coerced2 = undefined;
if(dataType2 == 'object' && Array.isArray(data2) && data2.length == 1){
data2 = data2[0];
dataType2 = typeof data2;
if(typeof data2 === "string"){
coerced2 = data2;
}
}
if(!(coerced2 !== undefined)){
if(dataType2 == "number" || dataType2 == "boolean"){
coerced2 = "" + data2;
}
else if(data2 === null){
coerced2 = "";
}
else {
validate25.errors = [{instancePath:instancePath+"/Account.Sid",schemaPath:"#/properties/Account.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced2 !== undefined){
data2 = coerced2;
if(data !== undefined){
data["Account.Sid"] = coerced2;
}
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Property.Sid"] !== undefined){
let data3 = data["Property.Sid"];
const _errs7 = errors;
if(typeof data3 !== "string"){
let dataType3 = typeof data3;
let coerced3 = undefined;
if(dataType3 == 'object' && Array.isArray(data3) && data3.length == 1){
data3 = data3[0];
dataType3 = typeof data3;
if(typeof data3 === "string"){
coerced3 = data3;
}
}
if(!(coerced3 !== undefined)){
if(dataType3 == "number" || dataType3 == "boolean"){
coerced3 = "" + data3;
}
else if(data3 === null){
coerced3 = "";
}
else {
validate25.errors = [{instancePath:instancePath+"/Property.Sid",schemaPath:"#/properties/Property.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced3 !== undefined){
data3 = coerced3;
if(data !== undefined){
data["Property.Sid"] = coerced3;
}
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.Sid"] !== undefined){
let data4 = data["Message.Sid"];
const _errs9 = errors;
if(typeof data4 !== "string"){
let dataType4 = typeof data4;
let coerced4 = undefined;
if(dataType4 == 'object' && Array.isArray(data4) && data4.length == 1){
data4 = data4[0];
dataType4 = typeof data4;
if(typeof data4 === "string"){
coerced4 = data4;
}
}
if(!(coerced4 !== undefined)){
if(dataType4 == "number" || dataType4 == "boolean"){
coerced4 = "" + data4;
}
else if(data4 === null){
coerced4 = "";
}
else {
validate25.errors = [{instancePath:instancePath+"/Message.Sid",schemaPath:"#/properties/Message.Sid/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced4 !== undefined){
data4 = coerced4;
if(data !== undefined){
data["Message.Sid"] = coerced4;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.From"] !== undefined){
let data5 = data["Message.From"];
const _errs11 = errors;
if(typeof data5 !== "string"){
let dataType5 = typeof data5;
let coerced5 = undefined;
if(dataType5 == 'object' && Array.isArray(data5) && data5.length == 1){
data5 = data5[0];
dataType5 = typeof data5;
if(typeof data5 === "string"){
coerced5 = data5;
}
}
if(!(coerced5 !== undefined)){
if(dataType5 == "number" || dataType5 == "boolean"){
coerced5 = "" + data5;
}
else if(data5 === null){
coerced5 = "";
}
else {
validate25.errors = [{instancePath:instancePath+"/Message.From",schemaPath:"#/properties/Message.From/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced5 !== undefined){
data5 = coerced5;
if(data !== undefined){
data["Message.From"] = coerced5;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.To"] !== undefined){
let data6 = data["Message.To"];
const _errs13 = errors;
if(typeof data6 !== "string"){
let dataType6 = typeof data6;
let coerced6 = undefined;
if(dataType6 == 'object' && Array.isArray(data6) && data6.length == 1){
data6 = data6[0];
dataType6 = typeof data6;
if(typeof data6 === "string"){
coerced6 = data6;
}
}
if(!(coerced6 !== undefined)){
if(dataType6 == "number" || dataType6 == "boolean"){
coerced6 = "" + data6;
}
else if(data6 === null){
coerced6 = "";
}
else {
validate25.errors = [{instancePath:instancePath+"/Message.To",schemaPath:"#/properties/Message.To/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced6 !== undefined){
data6 = coerced6;
if(data !== undefined){
data["Message.To"] = coerced6;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["Message.Text"] !== undefined){
let data7 = data["Message.Text"];
const _errs15 = errors;
if(typeof data7 !== "string"){
let dataType7 = typeof data7;
let coerced7 = undefined;
if(dataType7 == 'object' && Array.isArray(data7) && data7.length == 1){
data7 = data7[0];
dataType7 = typeof data7;
if(typeof data7 === "string"){
coerced7 = data7;
}
}
if(!(coerced7 !== undefined)){
if(dataType7 == "number" || dataType7 == "boolean"){
coerced7 = "" + data7;
}
else if(data7 === null){
coerced7 = "";
}
else {
validate25.errors = [{instancePath:instancePath+"/Message.Text",schemaPath:"#/properties/Message.Text/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
if(coerced7 !== undefined){
data7 = coerced7;
if(data !== undefined){
data["Message.Text"] = coerced7;
}
}
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
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}
