/**
 * Generated from specs/bandwidth-messaging-v1/ (its `webhooks`) by `npm run generate`. Do not edit:
 * change the spec and regenerate; `npm test` fails when this file is stale.
 */
// @ts-nocheck -- ajv 8 standalone output, compiled from the spec; the typed wrapper is ./webhooks.ts.
// Validators of JSON bodies.
import type { CompiledValidator } from '@messaging-contracts/runtime/webhooks';
export const MessageEvent: CompiledValidator = validate22;
const schema7 = {"oneOf":[{"$ref":"#/$defs/SmsEvent"},{"$ref":"#/$defs/MmsEvent"}]};
const schema8 = {"type":"object","required":["eventType","direction","messageId","messageUri","from","to","time","state"],"properties":{"eventType":{"type":"string","enum":["sms"]},"direction":{"$ref":"#/$defs/MessageDirection"},"from":{"type":"string"},"to":{"type":"string"},"messageId":{"type":"string","minLength":1},"messageUri":{"type":"string","format":"uri"},"text":{"type":"string"},"applicationId":{"type":"string"},"time":{"type":"string"},"state":{"$ref":"#/$defs/MessageState"},"deliveryState":{"$ref":"#/$defs/DeliveryState"},"deliveryCode":{"$ref":"#/$defs/DeliveryCode"},"deliveryDescription":{"type":"string"},"segmentCount":{"type":"integer","minimum":0},"tag":{"type":"string"}}};
const schema9 = {"type":"string","enum":["in","out"]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((data === "in") || (data === "out"))){
validate24.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema9.enum}}];
return false;
}
validate24.errors = vErrors;
return errors === 0;
}

const schema10 = {"type":"string","enum":["received","queued","sending","sent","error"]};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((((data === "received") || (data === "queued")) || (data === "sending")) || (data === "sent")) || (data === "error"))){
validate26.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema10.enum}}];
return false;
}
validate26.errors = vErrors;
return errors === 0;
}

const schema11 = {"type":"string","enum":["waiting","delivered","not-delivered"]};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(((data === "waiting") || (data === "delivered")) || (data === "not-delivered"))){
validate28.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema11.enum}}];
return false;
}
validate28.errors = vErrors;
return errors === 0;
}

const schema12 = {"anyOf":[{"type":"integer","enum":[0,187,188,189,482,600,610,620,630,650,700,720,740,750,751,770,775,902,999]},{"type":"integer"},{"type":"string"}]};

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!(((((((((((((((((((data === 0) || (data === 187)) || (data === 188)) || (data === 189)) || (data === 482)) || (data === 600)) || (data === 610)) || (data === 620)) || (data === 630)) || (data === 650)) || (data === 700)) || (data === 720)) || (data === 740)) || (data === 750)) || (data === 751)) || (data === 770)) || (data === 775)) || (data === 902)) || (data === 999))){
const err1 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema12.anyOf[0].enum}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs3 = errors;
if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "integer"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid0 = valid0 || _valid0;
if(!valid0){
const _errs5 = errors;
if(typeof data !== "string"){
const err3 = {instancePath,schemaPath:"#/anyOf/2/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
var _valid0 = _errs5 === errors;
valid0 = valid0 || _valid0;
}
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
validate30.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate30.errors = vErrors;
return errors === 0;
}

const func2 = (function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
});
const formats0 = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.eventType === undefined) && (missing0 = "eventType")) || ((data.direction === undefined) && (missing0 = "direction"))) || ((data.messageId === undefined) && (missing0 = "messageId"))) || ((data.messageUri === undefined) && (missing0 = "messageUri"))) || ((data.from === undefined) && (missing0 = "from"))) || ((data.to === undefined) && (missing0 = "to"))) || ((data.time === undefined) && (missing0 = "time"))) || ((data.state === undefined) && (missing0 = "state"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.eventType !== undefined){
let data0 = data.eventType;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate23.errors = [{instancePath:instancePath+"/eventType",schemaPath:"#/properties/eventType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data0 === "sms")){
validate23.errors = [{instancePath:instancePath+"/eventType",schemaPath:"#/properties/eventType/enum",keyword:"enum",params:{allowedValues: schema8.properties.eventType.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.direction !== undefined){
const _errs3 = errors;
if(!(validate24(data.direction, {instancePath:instancePath+"/direction",parentData:data,parentDataProperty:"direction",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.from !== undefined){
const _errs4 = errors;
if(typeof data.from !== "string"){
validate23.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.to !== undefined){
const _errs6 = errors;
if(typeof data.to !== "string"){
validate23.errors = [{instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data4 = data.messageId;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate23.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageUri !== undefined){
let data5 = data.messageUri;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
validate23.errors = [{instancePath:instancePath+"/messageUri",schemaPath:"#/properties/messageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/messageUri",schemaPath:"#/properties/messageUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
const _errs12 = errors;
if(typeof data.text !== "string"){
validate23.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applicationId !== undefined){
const _errs14 = errors;
if(typeof data.applicationId !== "string"){
validate23.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"#/properties/applicationId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.time !== undefined){
const _errs16 = errors;
if(typeof data.time !== "string"){
validate23.errors = [{instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs18 = errors;
if(!(validate26(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deliveryState !== undefined){
const _errs19 = errors;
if(!(validate28(data.deliveryState, {instancePath:instancePath+"/deliveryState",parentData:data,parentDataProperty:"deliveryState",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deliveryCode !== undefined){
const _errs20 = errors;
if(!(validate30(data.deliveryCode, {instancePath:instancePath+"/deliveryCode",parentData:data,parentDataProperty:"deliveryCode",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deliveryDescription !== undefined){
const _errs21 = errors;
if(typeof data.deliveryDescription !== "string"){
validate23.errors = [{instancePath:instancePath+"/deliveryDescription",schemaPath:"#/properties/deliveryDescription/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.segmentCount !== undefined){
let data13 = data.segmentCount;
const _errs23 = errors;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
validate23.errors = [{instancePath:instancePath+"/segmentCount",schemaPath:"#/properties/segmentCount/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs23){
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
validate23.errors = [{instancePath:instancePath+"/segmentCount",schemaPath:"#/properties/segmentCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tag !== undefined){
const _errs25 = errors;
if(typeof data.tag !== "string"){
validate23.errors = [{instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs25 === errors;
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

const schema13 = {"type":"object","required":["eventType","direction","messageId","messageUri","from","to","time","state"],"properties":{"eventType":{"type":"string","enum":["mms"]},"direction":{"$ref":"#/$defs/MessageDirection"},"from":{"type":"string"},"to":{"type":"string"},"messageId":{"type":"string","minLength":1},"messageUri":{"type":"string","format":"uri"},"text":{"type":"string"},"applicationId":{"type":"string"},"time":{"type":"string"},"state":{"$ref":"#/$defs/MessageState"},"media":{"type":"array","items":{"type":"string","format":"uri"}},"deliveryState":{"$ref":"#/$defs/DeliveryState"},"deliveryCode":{"$ref":"#/$defs/DeliveryCode"},"deliveryDescription":{"type":"string"},"segmentCount":{"type":"integer","minimum":0},"tag":{"type":"string"}}};

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.eventType === undefined) && (missing0 = "eventType")) || ((data.direction === undefined) && (missing0 = "direction"))) || ((data.messageId === undefined) && (missing0 = "messageId"))) || ((data.messageUri === undefined) && (missing0 = "messageUri"))) || ((data.from === undefined) && (missing0 = "from"))) || ((data.to === undefined) && (missing0 = "to"))) || ((data.time === undefined) && (missing0 = "time"))) || ((data.state === undefined) && (missing0 = "state"))){
validate33.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.eventType !== undefined){
let data0 = data.eventType;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate33.errors = [{instancePath:instancePath+"/eventType",schemaPath:"#/properties/eventType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data0 === "mms")){
validate33.errors = [{instancePath:instancePath+"/eventType",schemaPath:"#/properties/eventType/enum",keyword:"enum",params:{allowedValues: schema13.properties.eventType.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.direction !== undefined){
const _errs3 = errors;
if(!(validate24(data.direction, {instancePath:instancePath+"/direction",parentData:data,parentDataProperty:"direction",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.from !== undefined){
const _errs4 = errors;
if(typeof data.from !== "string"){
validate33.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.to !== undefined){
const _errs6 = errors;
if(typeof data.to !== "string"){
validate33.errors = [{instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data4 = data.messageId;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate33.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageUri !== undefined){
let data5 = data.messageUri;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
validate33.errors = [{instancePath:instancePath+"/messageUri",schemaPath:"#/properties/messageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/messageUri",schemaPath:"#/properties/messageUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
const _errs12 = errors;
if(typeof data.text !== "string"){
validate33.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applicationId !== undefined){
const _errs14 = errors;
if(typeof data.applicationId !== "string"){
validate33.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"#/properties/applicationId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.time !== undefined){
const _errs16 = errors;
if(typeof data.time !== "string"){
validate33.errors = [{instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs18 = errors;
if(!(validate26(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.media !== undefined){
let data10 = data.media;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data10)){
var valid1 = true;
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
const _errs21 = errors;
if(errors === _errs21){
if(errors === _errs21){
if(typeof data11 === "string"){
if(!(formats0.test(data11))){
validate33.errors = [{instancePath:instancePath+"/media/" + i0,schemaPath:"#/properties/media/items/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate33.errors = [{instancePath:instancePath+"/media/" + i0,schemaPath:"#/properties/media/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid1 = _errs21 === errors;
if(!valid1){
break;
}
}
}
else {
validate33.errors = [{instancePath:instancePath+"/media",schemaPath:"#/properties/media/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deliveryState !== undefined){
const _errs23 = errors;
if(!(validate28(data.deliveryState, {instancePath:instancePath+"/deliveryState",parentData:data,parentDataProperty:"deliveryState",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deliveryCode !== undefined){
const _errs24 = errors;
if(!(validate30(data.deliveryCode, {instancePath:instancePath+"/deliveryCode",parentData:data,parentDataProperty:"deliveryCode",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deliveryDescription !== undefined){
const _errs25 = errors;
if(typeof data.deliveryDescription !== "string"){
validate33.errors = [{instancePath:instancePath+"/deliveryDescription",schemaPath:"#/properties/deliveryDescription/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.segmentCount !== undefined){
let data15 = data.segmentCount;
const _errs27 = errors;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
validate33.errors = [{instancePath:instancePath+"/segmentCount",schemaPath:"#/properties/segmentCount/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs27){
if(typeof data15 == "number"){
if(data15 < 0 || isNaN(data15)){
validate33.errors = [{instancePath:instancePath+"/segmentCount",schemaPath:"#/properties/segmentCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tag !== undefined){
const _errs29 = errors;
if(typeof data.tag !== "string"){
validate33.errors = [{instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs29 === errors;
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
}
}
}
}
}
}
}
}
else {
validate33.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate33.errors = vErrors;
return errors === 0;
}


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate23(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate33(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate22.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate22.errors = vErrors;
return errors === 0;
}

export const SmsEvent: CompiledValidator = validate39;

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.eventType === undefined) && (missing0 = "eventType")) || ((data.direction === undefined) && (missing0 = "direction"))) || ((data.messageId === undefined) && (missing0 = "messageId"))) || ((data.messageUri === undefined) && (missing0 = "messageUri"))) || ((data.from === undefined) && (missing0 = "from"))) || ((data.to === undefined) && (missing0 = "to"))) || ((data.time === undefined) && (missing0 = "time"))) || ((data.state === undefined) && (missing0 = "state"))){
validate39.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.eventType !== undefined){
let data0 = data.eventType;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate39.errors = [{instancePath:instancePath+"/eventType",schemaPath:"#/properties/eventType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data0 === "sms")){
validate39.errors = [{instancePath:instancePath+"/eventType",schemaPath:"#/properties/eventType/enum",keyword:"enum",params:{allowedValues: schema8.properties.eventType.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.direction !== undefined){
const _errs3 = errors;
if(!(validate24(data.direction, {instancePath:instancePath+"/direction",parentData:data,parentDataProperty:"direction",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.from !== undefined){
const _errs4 = errors;
if(typeof data.from !== "string"){
validate39.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.to !== undefined){
const _errs6 = errors;
if(typeof data.to !== "string"){
validate39.errors = [{instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data4 = data.messageId;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate39.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate39.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageUri !== undefined){
let data5 = data.messageUri;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
validate39.errors = [{instancePath:instancePath+"/messageUri",schemaPath:"#/properties/messageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate39.errors = [{instancePath:instancePath+"/messageUri",schemaPath:"#/properties/messageUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
const _errs12 = errors;
if(typeof data.text !== "string"){
validate39.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applicationId !== undefined){
const _errs14 = errors;
if(typeof data.applicationId !== "string"){
validate39.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"#/properties/applicationId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.time !== undefined){
const _errs16 = errors;
if(typeof data.time !== "string"){
validate39.errors = [{instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs18 = errors;
if(!(validate26(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deliveryState !== undefined){
const _errs19 = errors;
if(!(validate28(data.deliveryState, {instancePath:instancePath+"/deliveryState",parentData:data,parentDataProperty:"deliveryState",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deliveryCode !== undefined){
const _errs20 = errors;
if(!(validate30(data.deliveryCode, {instancePath:instancePath+"/deliveryCode",parentData:data,parentDataProperty:"deliveryCode",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid0 = _errs20 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deliveryDescription !== undefined){
const _errs21 = errors;
if(typeof data.deliveryDescription !== "string"){
validate39.errors = [{instancePath:instancePath+"/deliveryDescription",schemaPath:"#/properties/deliveryDescription/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs21 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.segmentCount !== undefined){
let data13 = data.segmentCount;
const _errs23 = errors;
if(!((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13)))){
validate39.errors = [{instancePath:instancePath+"/segmentCount",schemaPath:"#/properties/segmentCount/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs23){
if(typeof data13 == "number"){
if(data13 < 0 || isNaN(data13)){
validate39.errors = [{instancePath:instancePath+"/segmentCount",schemaPath:"#/properties/segmentCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tag !== undefined){
const _errs25 = errors;
if(typeof data.tag !== "string"){
validate39.errors = [{instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs25 === errors;
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
}
}
}
}
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}

export const MmsEvent: CompiledValidator = validate44;

function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((((((data.eventType === undefined) && (missing0 = "eventType")) || ((data.direction === undefined) && (missing0 = "direction"))) || ((data.messageId === undefined) && (missing0 = "messageId"))) || ((data.messageUri === undefined) && (missing0 = "messageUri"))) || ((data.from === undefined) && (missing0 = "from"))) || ((data.to === undefined) && (missing0 = "to"))) || ((data.time === undefined) && (missing0 = "time"))) || ((data.state === undefined) && (missing0 = "state"))){
validate44.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.eventType !== undefined){
let data0 = data.eventType;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate44.errors = [{instancePath:instancePath+"/eventType",schemaPath:"#/properties/eventType/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!(data0 === "mms")){
validate44.errors = [{instancePath:instancePath+"/eventType",schemaPath:"#/properties/eventType/enum",keyword:"enum",params:{allowedValues: schema13.properties.eventType.enum}}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.direction !== undefined){
const _errs3 = errors;
if(!(validate24(data.direction, {instancePath:instancePath+"/direction",parentData:data,parentDataProperty:"direction",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.from !== undefined){
const _errs4 = errors;
if(typeof data.from !== "string"){
validate44.errors = [{instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.to !== undefined){
const _errs6 = errors;
if(typeof data.to !== "string"){
validate44.errors = [{instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageId !== undefined){
let data4 = data.messageId;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data4 === "string"){
if(func2(data4) < 1){
validate44.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/messageId",schemaPath:"#/properties/messageId/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.messageUri !== undefined){
let data5 = data.messageUri;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data5 === "string"){
if(!(formats0.test(data5))){
validate44.errors = [{instancePath:instancePath+"/messageUri",schemaPath:"#/properties/messageUri/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/messageUri",schemaPath:"#/properties/messageUri/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.text !== undefined){
const _errs12 = errors;
if(typeof data.text !== "string"){
validate44.errors = [{instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.applicationId !== undefined){
const _errs14 = errors;
if(typeof data.applicationId !== "string"){
validate44.errors = [{instancePath:instancePath+"/applicationId",schemaPath:"#/properties/applicationId/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.time !== undefined){
const _errs16 = errors;
if(typeof data.time !== "string"){
validate44.errors = [{instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs16 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs18 = errors;
if(!(validate26(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.media !== undefined){
let data10 = data.media;
const _errs19 = errors;
if(errors === _errs19){
if(Array.isArray(data10)){
var valid1 = true;
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
const _errs21 = errors;
if(errors === _errs21){
if(errors === _errs21){
if(typeof data11 === "string"){
if(!(formats0.test(data11))){
validate44.errors = [{instancePath:instancePath+"/media/" + i0,schemaPath:"#/properties/media/items/format",keyword:"format",params:{format: "uri"}}];
return false;
}
}
else {
validate44.errors = [{instancePath:instancePath+"/media/" + i0,schemaPath:"#/properties/media/items/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid1 = _errs21 === errors;
if(!valid1){
break;
}
}
}
else {
validate44.errors = [{instancePath:instancePath+"/media",schemaPath:"#/properties/media/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs19 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deliveryState !== undefined){
const _errs23 = errors;
if(!(validate28(data.deliveryState, {instancePath:instancePath+"/deliveryState",parentData:data,parentDataProperty:"deliveryState",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs23 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deliveryCode !== undefined){
const _errs24 = errors;
if(!(validate30(data.deliveryCode, {instancePath:instancePath+"/deliveryCode",parentData:data,parentDataProperty:"deliveryCode",rootData}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
var valid0 = _errs24 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.deliveryDescription !== undefined){
const _errs25 = errors;
if(typeof data.deliveryDescription !== "string"){
validate44.errors = [{instancePath:instancePath+"/deliveryDescription",schemaPath:"#/properties/deliveryDescription/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.segmentCount !== undefined){
let data15 = data.segmentCount;
const _errs27 = errors;
if(!((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15)))){
validate44.errors = [{instancePath:instancePath+"/segmentCount",schemaPath:"#/properties/segmentCount/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs27){
if(typeof data15 == "number"){
if(data15 < 0 || isNaN(data15)){
validate44.errors = [{instancePath:instancePath+"/segmentCount",schemaPath:"#/properties/segmentCount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
var valid0 = _errs27 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.tag !== undefined){
const _errs29 = errors;
if(typeof data.tag !== "string"){
validate44.errors = [{instancePath:instancePath+"/tag",schemaPath:"#/properties/tag/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs29 === errors;
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
}
}
}
}
}
}
}
}
else {
validate44.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate44.errors = vErrors;
return errors === 0;
}
