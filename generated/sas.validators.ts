// @ts-nocheck -- Ajv standalone output; the typed exports are at the end.
/**
 * Generated from openapi/sas.yaml by scripts/generate.ts (Ajv standalone code). Do not edit by hand:
 * change the spec, then run `npm run generate`. One validator per operation, over the request it
 * would send: `{ path, query, header, body }`, with JSON-text parameters in decoded form.
 */
import { ucs2length, type RequestValidator } from './validator-runtime.js';

const __OperateImageVul = validate20;
const schema31 = {"$id":"OperateImageVul","type":"object","properties":{"header":{"type":"object","properties":{"x-acs-action":{"type":"string","const":"OperateImageVul"},"x-acs-version":{"type":"string","const":"2018-12-03"}},"required":["x-acs-action","x-acs-version"],"additionalProperties":false},"query":{"type":"object","properties":{"Info":{"$ref":"components#/$defs/OperateImageVulInfo"},"OperateType":{"type":"string","pattern":"^vul_[a-z]+(_[a-z]+)*$"},"Type":{"type":"string","pattern":"^[a-z]+$"}},"required":[],"additionalProperties":false}},"required":["header"],"additionalProperties":false};
const schema33 = {"type":"array","items":{"$ref":"components#/$defs/ImageVulTarget"}};
const schema34 = {"type":"object","properties":{"namespace":{"type":"string"},"repoName":{"type":"string"},"regionId":{"type":"string"},"instanceId":{"type":"string"},"repoId":{"type":"string"},"tag":{"type":"string"},"digest":{"type":"string"},"newTag":{"type":"string"},"uuid":{"type":"string"},"ids":{"type":"array","items":{"x-imagesec-integer":{"bigint":false}}}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.namespace !== undefined){
if(typeof data0.namespace !== "string"){
const err0 = {instancePath:instancePath+"/" + i0+"/namespace",schemaPath:"components#/$defs/ImageVulTarget/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data0.repoName !== undefined){
if(typeof data0.repoName !== "string"){
const err1 = {instancePath:instancePath+"/" + i0+"/repoName",schemaPath:"components#/$defs/ImageVulTarget/properties/repoName/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.regionId !== undefined){
if(typeof data0.regionId !== "string"){
const err2 = {instancePath:instancePath+"/" + i0+"/regionId",schemaPath:"components#/$defs/ImageVulTarget/properties/regionId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.instanceId !== undefined){
if(typeof data0.instanceId !== "string"){
const err3 = {instancePath:instancePath+"/" + i0+"/instanceId",schemaPath:"components#/$defs/ImageVulTarget/properties/instanceId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.repoId !== undefined){
if(typeof data0.repoId !== "string"){
const err4 = {instancePath:instancePath+"/" + i0+"/repoId",schemaPath:"components#/$defs/ImageVulTarget/properties/repoId/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0.tag !== undefined){
if(typeof data0.tag !== "string"){
const err5 = {instancePath:instancePath+"/" + i0+"/tag",schemaPath:"components#/$defs/ImageVulTarget/properties/tag/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.digest !== undefined){
if(typeof data0.digest !== "string"){
const err6 = {instancePath:instancePath+"/" + i0+"/digest",schemaPath:"components#/$defs/ImageVulTarget/properties/digest/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.newTag !== undefined){
if(typeof data0.newTag !== "string"){
const err7 = {instancePath:instancePath+"/" + i0+"/newTag",schemaPath:"components#/$defs/ImageVulTarget/properties/newTag/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.uuid !== undefined){
if(typeof data0.uuid !== "string"){
const err8 = {instancePath:instancePath+"/" + i0+"/uuid",schemaPath:"components#/$defs/ImageVulTarget/properties/uuid/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data0.ids !== undefined){
let data10 = data0.ids;
if(Array.isArray(data10)){
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(!((typeof data11 == "number") && (Number.isSafeInteger(data11)))){
const err9 = {instancePath:instancePath+"/" + i0+"/ids/" + i1,schemaPath:"components#/$defs/ImageVulTarget/properties/ids/items/x-imagesec-integer",keyword:"x-imagesec-integer",params:{minimum: null, maximum: null, bigint: false}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/" + i0+"/ids",schemaPath:"components#/$defs/ImageVulTarget/properties/ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/" + i0,schemaPath:"components#/$defs/ImageVulTarget/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const pattern4 = new RegExp("^vul_[a-z]+(_[a-z]+)*$", "u");
const pattern5 = new RegExp("^[a-z]+$", "u");

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="OperateImageVul" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.header === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "header"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "header") || (key0 === "query"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.header !== undefined){
let data0 = data.header;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0["x-acs-action"] === undefined){
const err2 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/required",keyword:"required",params:{missingProperty: "x-acs-action"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0["x-acs-version"] === undefined){
const err3 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/required",keyword:"required",params:{missingProperty: "x-acs-version"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data0){
if(!((key1 === "x-acs-action") || (key1 === "x-acs-version"))){
const err4 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data0["x-acs-action"] !== undefined){
let data1 = data0["x-acs-action"];
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/header/x-acs-action",schemaPath:"#/properties/header/properties/x-acs-action/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if("OperateImageVul" !== data1){
const err6 = {instancePath:instancePath+"/header/x-acs-action",schemaPath:"#/properties/header/properties/x-acs-action/const",keyword:"const",params:{allowedValue: "OperateImageVul"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0["x-acs-version"] !== undefined){
let data2 = data0["x-acs-version"];
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/header/x-acs-version",schemaPath:"#/properties/header/properties/x-acs-version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if("2018-12-03" !== data2){
const err8 = {instancePath:instancePath+"/header/x-acs-version",schemaPath:"#/properties/header/properties/x-acs-version/const",keyword:"const",params:{allowedValue: "2018-12-03"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.query !== undefined){
let data3 = data.query;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key2 in data3){
if(!(((key2 === "Info") || (key2 === "OperateType")) || (key2 === "Type"))){
const err10 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data3.Info !== undefined){
if(!(validate22(data3.Info, {instancePath:instancePath+"/query/Info",parentData:data3,parentDataProperty:"Info",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
if(data3.OperateType !== undefined){
let data5 = data3.OperateType;
if(typeof data5 === "string"){
if(!pattern4.test(data5)){
const err11 = {instancePath:instancePath+"/query/OperateType",schemaPath:"#/properties/query/properties/OperateType/pattern",keyword:"pattern",params:{pattern: "^vul_[a-z]+(_[a-z]+)*$"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/query/OperateType",schemaPath:"#/properties/query/properties/OperateType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data3.Type !== undefined){
let data6 = data3.Type;
if(typeof data6 === "string"){
if(!pattern5.test(data6)){
const err13 = {instancePath:instancePath+"/query/Type",schemaPath:"#/properties/query/properties/Type/pattern",keyword:"pattern",params:{pattern: "^[a-z]+$"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/query/Type",schemaPath:"#/properties/query/properties/Type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


export const validateOperateImageVul: RequestValidator = __OperateImageVul;
