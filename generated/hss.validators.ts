// @ts-nocheck -- Ajv standalone output; the typed exports are at the end.
/**
 * Generated from openapi/hss.yaml by scripts/generate.ts (Ajv standalone code). Do not edit by hand:
 * change the spec, then run `npm run generate`. One validator per operation, over the request it
 * would send: `{ path, query, header, body }`, with JSON-text parameters in decoded form.
 */
import { ucs2length, type RequestValidator } from './validator-runtime.js';

const __ChangeSensitiveInfo = validate20;
const schema31 = {"$id":"ChangeSensitiveInfo","type":"object","properties":{"path":{"type":"object","properties":{"project_id":{"type":"string","minLength":1,"maxLength":256}},"required":["project_id"],"additionalProperties":false},"query":{"type":"object","properties":{"enterprise_project_id":{"type":"string","minLength":1,"maxLength":256},"image_type":{"type":"string","enum":["private_image","shared_image","instance_image","cicd","harbor"]}},"required":["image_type"],"additionalProperties":false},"header":{"type":"object","properties":{"X-Project-Id":{"type":"string","minLength":1,"maxLength":256}},"required":[],"additionalProperties":false},"body":{"$ref":"components#/$defs/ChangeSensitiveInfoRequestInfo"}},"required":["path","query","body"],"additionalProperties":false};
const schema33 = {"type":"object","additionalProperties":false,"required":["sensitive_info_id"],"properties":{"sensitive_info_id":{"type":"string","minLength":0,"maxLength":128},"operate_type":{"type":"string","enum":["ignore","do_not_ignore"]}}};
const func1 = ucs2length;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="ChangeSensitiveInfo" */;
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
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.query === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "query"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "body"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "path") || (key0 === "query")) || (key0 === "header")) || (key0 === "body"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.project_id === undefined){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/required",keyword:"required",params:{missingProperty: "project_id"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "project_id")){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.project_id !== undefined){
let data1 = data0.project_id;
if(typeof data1 === "string"){
if(func1(data1) > 256){
const err6 = {instancePath:instancePath+"/path/project_id",schemaPath:"#/properties/path/properties/project_id/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/path/project_id",schemaPath:"#/properties/path/properties/project_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/path/project_id",schemaPath:"#/properties/path/properties/project_id/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "object"}};
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
let data2 = data.query;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.image_type === undefined){
const err10 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/required",keyword:"required",params:{missingProperty: "image_type"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key2 in data2){
if(!((key2 === "enterprise_project_id") || (key2 === "image_type"))){
const err11 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.enterprise_project_id !== undefined){
let data3 = data2.enterprise_project_id;
if(typeof data3 === "string"){
if(func1(data3) > 256){
const err12 = {instancePath:instancePath+"/query/enterprise_project_id",schemaPath:"#/properties/query/properties/enterprise_project_id/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func1(data3) < 1){
const err13 = {instancePath:instancePath+"/query/enterprise_project_id",schemaPath:"#/properties/query/properties/enterprise_project_id/minLength",keyword:"minLength",params:{limit: 1}};
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
const err14 = {instancePath:instancePath+"/query/enterprise_project_id",schemaPath:"#/properties/query/properties/enterprise_project_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.image_type !== undefined){
let data4 = data2.image_type;
if(typeof data4 !== "string"){
const err15 = {instancePath:instancePath+"/query/image_type",schemaPath:"#/properties/query/properties/image_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(((((data4 === "private_image") || (data4 === "shared_image")) || (data4 === "instance_image")) || (data4 === "cicd")) || (data4 === "harbor"))){
const err16 = {instancePath:instancePath+"/query/image_type",schemaPath:"#/properties/query/properties/image_type/enum",keyword:"enum",params:{allowedValues: schema31.properties.query.properties.image_type.enum}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.header !== undefined){
let data5 = data.header;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key3 in data5){
if(!(key3 === "X-Project-Id")){
const err18 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data5["X-Project-Id"] !== undefined){
let data6 = data5["X-Project-Id"];
if(typeof data6 === "string"){
if(func1(data6) > 256){
const err19 = {instancePath:instancePath+"/header/X-Project-Id",schemaPath:"#/properties/header/properties/X-Project-Id/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func1(data6) < 1){
const err20 = {instancePath:instancePath+"/header/X-Project-Id",schemaPath:"#/properties/header/properties/X-Project-Id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/header/X-Project-Id",schemaPath:"#/properties/header/properties/X-Project-Id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.body !== undefined){
let data7 = data.body;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.sensitive_info_id === undefined){
const err23 = {instancePath:instancePath+"/body",schemaPath:"components#/$defs/ChangeSensitiveInfoRequestInfo/required",keyword:"required",params:{missingProperty: "sensitive_info_id"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key4 in data7){
if(!((key4 === "sensitive_info_id") || (key4 === "operate_type"))){
const err24 = {instancePath:instancePath+"/body",schemaPath:"components#/$defs/ChangeSensitiveInfoRequestInfo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.sensitive_info_id !== undefined){
let data8 = data7.sensitive_info_id;
if(typeof data8 === "string"){
if(func1(data8) > 128){
const err25 = {instancePath:instancePath+"/body/sensitive_info_id",schemaPath:"components#/$defs/ChangeSensitiveInfoRequestInfo/properties/sensitive_info_id/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func1(data8) < 0){
const err26 = {instancePath:instancePath+"/body/sensitive_info_id",schemaPath:"components#/$defs/ChangeSensitiveInfoRequestInfo/properties/sensitive_info_id/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/body/sensitive_info_id",schemaPath:"components#/$defs/ChangeSensitiveInfoRequestInfo/properties/sensitive_info_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.operate_type !== undefined){
let data9 = data7.operate_type;
if(typeof data9 !== "string"){
const err28 = {instancePath:instancePath+"/body/operate_type",schemaPath:"components#/$defs/ChangeSensitiveInfoRequestInfo/properties/operate_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!((data9 === "ignore") || (data9 === "do_not_ignore"))){
const err29 = {instancePath:instancePath+"/body/operate_type",schemaPath:"components#/$defs/ChangeSensitiveInfoRequestInfo/properties/operate_type/enum",keyword:"enum",params:{allowedValues: schema33.properties.operate_type.enum}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/body",schemaPath:"components#/$defs/ChangeSensitiveInfoRequestInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const __AddImageWhiteLists = validate22;
const schema34 = {"$id":"AddImageWhiteLists","type":"object","properties":{"path":{"type":"object","properties":{"project_id":{"type":"string","minLength":1,"maxLength":256}},"required":["project_id"],"additionalProperties":false},"query":{"type":"object","properties":{"enterprise_project_id":{"type":"string","minLength":1,"maxLength":256},"global_image_type":{"type":"string","enum":["local","registry"]},"type":{"type":"string","enum":["vulnerability"]}},"required":["global_image_type","type"],"additionalProperties":false},"header":{"type":"object","properties":{"X-Project-Id":{"type":"string","minLength":1,"maxLength":256}},"required":[],"additionalProperties":false},"body":{"$ref":"components#/$defs/AddImageWhiteListsRequestBody"}},"required":["path","query","body"],"additionalProperties":false};
const schema35 = {"type":"object","additionalProperties":false,"required":["rule_type"],"properties":{"vul_type":{"$ref":"components#/$defs/VulType"},"vul_ids":{"type":"array","items":{"type":"string"}},"rule_type":{"type":"string","enum":["all_images","specific_image_types","specific_images"]},"query_info":{"$ref":"components#/$defs/AddImageWhiteListsRequestBodyQueryInfo"},"image_info":{"type":"array","items":{"$ref":"components#/$defs/AddImageWhiteListsRequestBodyImageInfo"}},"description":{"type":"string"}}};
const schema36 = {"type":"string","enum":["linux_vul","app_vul"]};
const schema37 = {"type":"object","additionalProperties":false,"properties":{"image_type":{"type":"string","enum":["private_image","shared_image","instance_image","harbor","jfrog"]}}};
const schema38 = {"type":"object","additionalProperties":false,"properties":{"id":{"x-imagesec-integer":{"minimum":"1","maximum":"9223372036854775807","bigint":true}},"image_id":{"type":"string","minLength":0,"maxLength":64},"image_name":{"type":"string","minLength":1,"maxLength":256},"image_type":{"type":"string","enum":["local_image","private_image","shared_image","instance_image","harbor","jfrog"]}}};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.rule_type === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rule_type"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "vul_type") || (key0 === "vul_ids")) || (key0 === "rule_type")) || (key0 === "query_info")) || (key0 === "image_info")) || (key0 === "description"))){
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
if(data.vul_type !== undefined){
let data0 = data.vul_type;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/vul_type",schemaPath:"components#/$defs/VulType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data0 === "linux_vul") || (data0 === "app_vul"))){
const err3 = {instancePath:instancePath+"/vul_type",schemaPath:"components#/$defs/VulType/enum",keyword:"enum",params:{allowedValues: schema36.enum}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.vul_ids !== undefined){
let data1 = data.vul_ids;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(typeof data1[i0] !== "string"){
const err4 = {instancePath:instancePath+"/vul_ids/" + i0,schemaPath:"#/properties/vul_ids/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/vul_ids",schemaPath:"#/properties/vul_ids/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.rule_type !== undefined){
let data3 = data.rule_type;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/rule_type",schemaPath:"#/properties/rule_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((data3 === "all_images") || (data3 === "specific_image_types")) || (data3 === "specific_images"))){
const err7 = {instancePath:instancePath+"/rule_type",schemaPath:"#/properties/rule_type/enum",keyword:"enum",params:{allowedValues: schema35.properties.rule_type.enum}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.query_info !== undefined){
let data4 = data.query_info;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key1 in data4){
if(!(key1 === "image_type")){
const err8 = {instancePath:instancePath+"/query_info",schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyQueryInfo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.image_type !== undefined){
let data5 = data4.image_type;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/query_info/image_type",schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyQueryInfo/properties/image_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(((((data5 === "private_image") || (data5 === "shared_image")) || (data5 === "instance_image")) || (data5 === "harbor")) || (data5 === "jfrog"))){
const err10 = {instancePath:instancePath+"/query_info/image_type",schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyQueryInfo/properties/image_type/enum",keyword:"enum",params:{allowedValues: schema37.properties.image_type.enum}};
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
const err11 = {instancePath:instancePath+"/query_info",schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyQueryInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.image_info !== undefined){
let data6 = data.image_info;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key2 in data7){
if(!((((key2 === "id") || (key2 === "image_id")) || (key2 === "image_name")) || (key2 === "image_type"))){
const err12 = {instancePath:instancePath+"/image_info/" + i1,schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyImageInfo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data7.id !== undefined){
let data8 = data7.id;
if(!(((((typeof data8 == "number") && (Number.isSafeInteger(data8))) && (data8 >= 1)) && (data8 <= 9223372036854776000)) || (((typeof data8 == "bigint") && (data8 >= BigInt("1"))) && (data8 <= BigInt("9223372036854775807"))))){
const err13 = {instancePath:instancePath+"/image_info/" + i1+"/id",schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyImageInfo/properties/id/x-imagesec-integer",keyword:"x-imagesec-integer",params:{minimum: "1", maximum: "9223372036854775807", bigint: true}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data7.image_id !== undefined){
let data9 = data7.image_id;
if(typeof data9 === "string"){
if(func1(data9) > 64){
const err14 = {instancePath:instancePath+"/image_info/" + i1+"/image_id",schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyImageInfo/properties/image_id/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data9) < 0){
const err15 = {instancePath:instancePath+"/image_info/" + i1+"/image_id",schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyImageInfo/properties/image_id/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/image_info/" + i1+"/image_id",schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyImageInfo/properties/image_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data7.image_name !== undefined){
let data10 = data7.image_name;
if(typeof data10 === "string"){
if(func1(data10) > 256){
const err17 = {instancePath:instancePath+"/image_info/" + i1+"/image_name",schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyImageInfo/properties/image_name/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func1(data10) < 1){
const err18 = {instancePath:instancePath+"/image_info/" + i1+"/image_name",schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyImageInfo/properties/image_name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/image_info/" + i1+"/image_name",schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyImageInfo/properties/image_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data7.image_type !== undefined){
let data11 = data7.image_type;
if(typeof data11 !== "string"){
const err20 = {instancePath:instancePath+"/image_info/" + i1+"/image_type",schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyImageInfo/properties/image_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!((((((data11 === "local_image") || (data11 === "private_image")) || (data11 === "shared_image")) || (data11 === "instance_image")) || (data11 === "harbor")) || (data11 === "jfrog"))){
const err21 = {instancePath:instancePath+"/image_info/" + i1+"/image_type",schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyImageInfo/properties/image_type/enum",keyword:"enum",params:{allowedValues: schema38.properties.image_type.enum}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/image_info/" + i1,schemaPath:"components#/$defs/AddImageWhiteListsRequestBodyImageInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/image_info",schemaPath:"#/properties/image_info/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.description !== undefined){
if(typeof data.description !== "string"){
const err24 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="AddImageWhiteLists" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.query === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "query"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "body"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "path") || (key0 === "query")) || (key0 === "header")) || (key0 === "body"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.project_id === undefined){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/required",keyword:"required",params:{missingProperty: "project_id"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "project_id")){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.project_id !== undefined){
let data1 = data0.project_id;
if(typeof data1 === "string"){
if(func1(data1) > 256){
const err6 = {instancePath:instancePath+"/path/project_id",schemaPath:"#/properties/path/properties/project_id/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/path/project_id",schemaPath:"#/properties/path/properties/project_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/path/project_id",schemaPath:"#/properties/path/properties/project_id/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "object"}};
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
let data2 = data.query;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.global_image_type === undefined){
const err10 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/required",keyword:"required",params:{missingProperty: "global_image_type"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.type === undefined){
const err11 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/required",keyword:"required",params:{missingProperty: "type"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key2 in data2){
if(!(((key2 === "enterprise_project_id") || (key2 === "global_image_type")) || (key2 === "type"))){
const err12 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.enterprise_project_id !== undefined){
let data3 = data2.enterprise_project_id;
if(typeof data3 === "string"){
if(func1(data3) > 256){
const err13 = {instancePath:instancePath+"/query/enterprise_project_id",schemaPath:"#/properties/query/properties/enterprise_project_id/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data3) < 1){
const err14 = {instancePath:instancePath+"/query/enterprise_project_id",schemaPath:"#/properties/query/properties/enterprise_project_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/query/enterprise_project_id",schemaPath:"#/properties/query/properties/enterprise_project_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.global_image_type !== undefined){
let data4 = data2.global_image_type;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/query/global_image_type",schemaPath:"#/properties/query/properties/global_image_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((data4 === "local") || (data4 === "registry"))){
const err17 = {instancePath:instancePath+"/query/global_image_type",schemaPath:"#/properties/query/properties/global_image_type/enum",keyword:"enum",params:{allowedValues: schema34.properties.query.properties.global_image_type.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data2.type !== undefined){
let data5 = data2.type;
if(typeof data5 !== "string"){
const err18 = {instancePath:instancePath+"/query/type",schemaPath:"#/properties/query/properties/type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!(data5 === "vulnerability")){
const err19 = {instancePath:instancePath+"/query/type",schemaPath:"#/properties/query/properties/type/enum",keyword:"enum",params:{allowedValues: schema34.properties.query.properties.type.enum}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.header !== undefined){
let data6 = data.header;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key3 in data6){
if(!(key3 === "X-Project-Id")){
const err21 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6["X-Project-Id"] !== undefined){
let data7 = data6["X-Project-Id"];
if(typeof data7 === "string"){
if(func1(data7) > 256){
const err22 = {instancePath:instancePath+"/header/X-Project-Id",schemaPath:"#/properties/header/properties/X-Project-Id/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func1(data7) < 1){
const err23 = {instancePath:instancePath+"/header/X-Project-Id",schemaPath:"#/properties/header/properties/X-Project-Id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/header/X-Project-Id",schemaPath:"#/properties/header/properties/X-Project-Id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.body !== undefined){
if(!(validate23(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const __BatchScanLocalImage = validate25;
const schema39 = {"$id":"BatchScanLocalImage","type":"object","properties":{"path":{"type":"object","properties":{"project_id":{"type":"string","minLength":1,"maxLength":256}},"required":["project_id"],"additionalProperties":false},"query":{"type":"object","properties":{"enterprise_project_id":{"type":"string","minLength":1,"maxLength":256}},"required":[],"additionalProperties":false},"header":{"type":"object","properties":{"region":{"type":"string","minLength":1},"X-Project-Id":{"type":"string","minLength":1,"maxLength":256}},"required":["region"],"additionalProperties":false},"body":{"$ref":"components#/$defs/LocalImageBatchScanRequestBody"}},"required":["path","header","body"],"additionalProperties":false};
const schema40 = {"type":"object","additionalProperties":false,"properties":{"operate_all":{"type":"boolean"},"image_info_list":{"type":"array","items":{"$ref":"components#/$defs/LocalImageInfo"}},"image_name":{"type":"string"},"image_version":{"type":"string"},"local_image_type":{"type":"string","enum":["other_image","swr_image"]},"scan_status":{"$ref":"components#/$defs/ImageScanStatus"},"image_size":{"x-imagesec-integer":{"bigint":false}},"start_latest_update_time":{"x-imagesec-integer":{"bigint":false}},"end_latest_update_time":{"x-imagesec-integer":{"bigint":false}},"start_latest_scan_time":{"x-imagesec-integer":{"bigint":false}},"end_latest_scan_time":{"x-imagesec-integer":{"bigint":false}}}};
const schema41 = {"type":"object","additionalProperties":false,"properties":{"image_id":{"type":"string"},"image_digest":{"type":"string"},"image_name":{"type":"string"},"image_version":{"type":"string"}}};
const schema42 = {"type":"string","enum":["unscan","success","scanning","failed","download_failed","image_oversized"]};
const func26 = Object.prototype.hasOwnProperty;

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func26.call(schema40.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.operate_all !== undefined){
if(typeof data.operate_all !== "boolean"){
const err1 = {instancePath:instancePath+"/operate_all",schemaPath:"#/properties/operate_all/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.image_info_list !== undefined){
let data1 = data.image_info_list;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!((((key1 === "image_id") || (key1 === "image_digest")) || (key1 === "image_name")) || (key1 === "image_version"))){
const err2 = {instancePath:instancePath+"/image_info_list/" + i0,schemaPath:"components#/$defs/LocalImageInfo/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data2.image_id !== undefined){
if(typeof data2.image_id !== "string"){
const err3 = {instancePath:instancePath+"/image_info_list/" + i0+"/image_id",schemaPath:"components#/$defs/LocalImageInfo/properties/image_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data2.image_digest !== undefined){
if(typeof data2.image_digest !== "string"){
const err4 = {instancePath:instancePath+"/image_info_list/" + i0+"/image_digest",schemaPath:"components#/$defs/LocalImageInfo/properties/image_digest/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data2.image_name !== undefined){
if(typeof data2.image_name !== "string"){
const err5 = {instancePath:instancePath+"/image_info_list/" + i0+"/image_name",schemaPath:"components#/$defs/LocalImageInfo/properties/image_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data2.image_version !== undefined){
if(typeof data2.image_version !== "string"){
const err6 = {instancePath:instancePath+"/image_info_list/" + i0+"/image_version",schemaPath:"components#/$defs/LocalImageInfo/properties/image_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/image_info_list/" + i0,schemaPath:"components#/$defs/LocalImageInfo/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/image_info_list",schemaPath:"#/properties/image_info_list/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.image_name !== undefined){
if(typeof data.image_name !== "string"){
const err9 = {instancePath:instancePath+"/image_name",schemaPath:"#/properties/image_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.image_version !== undefined){
if(typeof data.image_version !== "string"){
const err10 = {instancePath:instancePath+"/image_version",schemaPath:"#/properties/image_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.local_image_type !== undefined){
let data9 = data.local_image_type;
if(typeof data9 !== "string"){
const err11 = {instancePath:instancePath+"/local_image_type",schemaPath:"#/properties/local_image_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!((data9 === "other_image") || (data9 === "swr_image"))){
const err12 = {instancePath:instancePath+"/local_image_type",schemaPath:"#/properties/local_image_type/enum",keyword:"enum",params:{allowedValues: schema40.properties.local_image_type.enum}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.scan_status !== undefined){
let data10 = data.scan_status;
if(typeof data10 !== "string"){
const err13 = {instancePath:instancePath+"/scan_status",schemaPath:"components#/$defs/ImageScanStatus/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!((((((data10 === "unscan") || (data10 === "success")) || (data10 === "scanning")) || (data10 === "failed")) || (data10 === "download_failed")) || (data10 === "image_oversized"))){
const err14 = {instancePath:instancePath+"/scan_status",schemaPath:"components#/$defs/ImageScanStatus/enum",keyword:"enum",params:{allowedValues: schema42.enum}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.image_size !== undefined){
let data11 = data.image_size;
if(!((typeof data11 == "number") && (Number.isSafeInteger(data11)))){
const err15 = {instancePath:instancePath+"/image_size",schemaPath:"#/properties/image_size/x-imagesec-integer",keyword:"x-imagesec-integer",params:{minimum: null, maximum: null, bigint: false}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.start_latest_update_time !== undefined){
let data12 = data.start_latest_update_time;
if(!((typeof data12 == "number") && (Number.isSafeInteger(data12)))){
const err16 = {instancePath:instancePath+"/start_latest_update_time",schemaPath:"#/properties/start_latest_update_time/x-imagesec-integer",keyword:"x-imagesec-integer",params:{minimum: null, maximum: null, bigint: false}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.end_latest_update_time !== undefined){
let data13 = data.end_latest_update_time;
if(!((typeof data13 == "number") && (Number.isSafeInteger(data13)))){
const err17 = {instancePath:instancePath+"/end_latest_update_time",schemaPath:"#/properties/end_latest_update_time/x-imagesec-integer",keyword:"x-imagesec-integer",params:{minimum: null, maximum: null, bigint: false}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.start_latest_scan_time !== undefined){
let data14 = data.start_latest_scan_time;
if(!((typeof data14 == "number") && (Number.isSafeInteger(data14)))){
const err18 = {instancePath:instancePath+"/start_latest_scan_time",schemaPath:"#/properties/start_latest_scan_time/x-imagesec-integer",keyword:"x-imagesec-integer",params:{minimum: null, maximum: null, bigint: false}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.end_latest_scan_time !== undefined){
let data15 = data.end_latest_scan_time;
if(!((typeof data15 == "number") && (Number.isSafeInteger(data15)))){
const err19 = {instancePath:instancePath+"/end_latest_scan_time",schemaPath:"#/properties/end_latest_scan_time/x-imagesec-integer",keyword:"x-imagesec-integer",params:{minimum: null, maximum: null, bigint: false}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="BatchScanLocalImage" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.header === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "header"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.body === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "body"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "path") || (key0 === "query")) || (key0 === "header")) || (key0 === "body"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.project_id === undefined){
const err4 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/required",keyword:"required",params:{missingProperty: "project_id"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "project_id")){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.project_id !== undefined){
let data1 = data0.project_id;
if(typeof data1 === "string"){
if(func1(data1) > 256){
const err6 = {instancePath:instancePath+"/path/project_id",schemaPath:"#/properties/path/properties/project_id/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data1) < 1){
const err7 = {instancePath:instancePath+"/path/project_id",schemaPath:"#/properties/path/properties/project_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/path/project_id",schemaPath:"#/properties/path/properties/project_id/type",keyword:"type",params:{type: "string"}};
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
const err9 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "object"}};
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
let data2 = data.query;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key2 in data2){
if(!(key2 === "enterprise_project_id")){
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
if(data2.enterprise_project_id !== undefined){
let data3 = data2.enterprise_project_id;
if(typeof data3 === "string"){
if(func1(data3) > 256){
const err11 = {instancePath:instancePath+"/query/enterprise_project_id",schemaPath:"#/properties/query/properties/enterprise_project_id/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func1(data3) < 1){
const err12 = {instancePath:instancePath+"/query/enterprise_project_id",schemaPath:"#/properties/query/properties/enterprise_project_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/query/enterprise_project_id",schemaPath:"#/properties/query/properties/enterprise_project_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.header !== undefined){
let data4 = data.header;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.region === undefined){
const err15 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/required",keyword:"required",params:{missingProperty: "region"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key3 in data4){
if(!((key3 === "region") || (key3 === "X-Project-Id"))){
const err16 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data4.region !== undefined){
let data5 = data4.region;
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err17 = {instancePath:instancePath+"/header/region",schemaPath:"#/properties/header/properties/region/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/header/region",schemaPath:"#/properties/header/properties/region/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data4["X-Project-Id"] !== undefined){
let data6 = data4["X-Project-Id"];
if(typeof data6 === "string"){
if(func1(data6) > 256){
const err19 = {instancePath:instancePath+"/header/X-Project-Id",schemaPath:"#/properties/header/properties/X-Project-Id/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func1(data6) < 1){
const err20 = {instancePath:instancePath+"/header/X-Project-Id",schemaPath:"#/properties/header/properties/X-Project-Id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/header/X-Project-Id",schemaPath:"#/properties/header/properties/X-Project-Id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.body !== undefined){
if(!(validate26(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const __ShowImageSecurityReportStatistic = validate28;
const schema43 = {"$id":"ShowImageSecurityReportStatistic","type":"object","properties":{"path":{"type":"object","properties":{"project_id":{"type":"string","minLength":1,"maxLength":256}},"required":["project_id"],"additionalProperties":false},"query":{"type":"object","properties":{"enterprise_project_id":{"type":"string","minLength":1,"maxLength":256},"security_report_type":{"type":"string","enum":["vulnerability","risk-config","malwares","apps","files","sensitive-info","non-compliant-app","build-command-risks"]}},"required":["security_report_type"],"additionalProperties":false},"header":{"type":"object","properties":{"region":{"type":"string","minLength":1},"X-Project-Id":{"type":"string","minLength":1,"maxLength":256}},"required":["region"],"additionalProperties":false},"body":{"$ref":"components#/$defs/BatchExportSwrBaselineInfoRequestInfo"}},"required":["path","query","header","body"],"additionalProperties":false};
const schema44 = {"type":"object","additionalProperties":false,"properties":{"image_id_list":{"type":"array","maxItems":2147483647,"items":{"type":"string"}},"operate_all":{"type":"boolean"},"image_type":{"type":"string","enum":["private_image","shared_image","local_image","instance_image","harbor","jfrog","cicd"]},"vul_type":{"$ref":"components#/$defs/VulType"},"scan_status":{"$ref":"components#/$defs/ImageScanStatus"},"namespace":{"type":"string","minLength":0,"maxLength":65535},"image_name":{"type":"string","minLength":0,"maxLength":65535},"image_version":{"type":"string","minLength":0,"maxLength":65535},"image_id":{"type":"string","minLength":0,"maxLength":128},"latest_version":{"type":"boolean"},"image_size":{"x-imagesec-integer":{"minimum":"0","maximum":"2147483547","bigint":false}},"start_latest_update_time":{"x-imagesec-integer":{"minimum":"0","bigint":false}},"end_latest_update_time":{"x-imagesec-integer":{"minimum":"0","bigint":false}},"start_latest_scan_time":{"x-imagesec-integer":{"minimum":"0","bigint":false}},"end_latest_scan_time":{"x-imagesec-integer":{"minimum":"0","bigint":false}},"has_malicious_file":{"type":"boolean"},"has_vul":{"type":"boolean"},"has_unsafe_setting":{"type":"boolean"},"risky":{"type":"boolean"},"has_container":{"type":"boolean"},"severity_level":{"type":"string","enum":["Security","Low","Medium","High"]},"instance_name":{"type":"string","minLength":0,"maxLength":128},"instance_id":{"type":"string","minLength":0,"maxLength":128},"cicd_name":{"type":"string","minLength":0,"maxLength":128},"build_command_risk_level":{"type":"string","enum":["critical","high","medium","low"]},"build_command_risk_name":{"type":"string","minLength":1,"maxLength":128},"build_command_rule_id_list":{"type":"array","items":{"type":"string","minLength":1,"maxLength":200}},"vul_id_list":{"type":"array","maxItems":2048,"items":{"type":"string"}}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate29.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func26.call(schema44.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.image_id_list !== undefined){
let data0 = data.image_id_list;
if(Array.isArray(data0)){
if(data0.length > 2147483647){
const err1 = {instancePath:instancePath+"/image_id_list",schemaPath:"#/properties/image_id_list/maxItems",keyword:"maxItems",params:{limit: 2147483647}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(typeof data0[i0] !== "string"){
const err2 = {instancePath:instancePath+"/image_id_list/" + i0,schemaPath:"#/properties/image_id_list/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath:instancePath+"/image_id_list",schemaPath:"#/properties/image_id_list/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.operate_all !== undefined){
if(typeof data.operate_all !== "boolean"){
const err4 = {instancePath:instancePath+"/operate_all",schemaPath:"#/properties/operate_all/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.image_type !== undefined){
let data3 = data.image_type;
if(typeof data3 !== "string"){
const err5 = {instancePath:instancePath+"/image_type",schemaPath:"#/properties/image_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((((data3 === "private_image") || (data3 === "shared_image")) || (data3 === "local_image")) || (data3 === "instance_image")) || (data3 === "harbor")) || (data3 === "jfrog")) || (data3 === "cicd"))){
const err6 = {instancePath:instancePath+"/image_type",schemaPath:"#/properties/image_type/enum",keyword:"enum",params:{allowedValues: schema44.properties.image_type.enum}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.vul_type !== undefined){
let data4 = data.vul_type;
if(typeof data4 !== "string"){
const err7 = {instancePath:instancePath+"/vul_type",schemaPath:"components#/$defs/VulType/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((data4 === "linux_vul") || (data4 === "app_vul"))){
const err8 = {instancePath:instancePath+"/vul_type",schemaPath:"components#/$defs/VulType/enum",keyword:"enum",params:{allowedValues: schema36.enum}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.scan_status !== undefined){
let data5 = data.scan_status;
if(typeof data5 !== "string"){
const err9 = {instancePath:instancePath+"/scan_status",schemaPath:"components#/$defs/ImageScanStatus/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!((((((data5 === "unscan") || (data5 === "success")) || (data5 === "scanning")) || (data5 === "failed")) || (data5 === "download_failed")) || (data5 === "image_oversized"))){
const err10 = {instancePath:instancePath+"/scan_status",schemaPath:"components#/$defs/ImageScanStatus/enum",keyword:"enum",params:{allowedValues: schema42.enum}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.namespace !== undefined){
let data6 = data.namespace;
if(typeof data6 === "string"){
if(func1(data6) > 65535){
const err11 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/maxLength",keyword:"maxLength",params:{limit: 65535}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(func1(data6) < 0){
const err12 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/namespace",schemaPath:"#/properties/namespace/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.image_name !== undefined){
let data7 = data.image_name;
if(typeof data7 === "string"){
if(func1(data7) > 65535){
const err14 = {instancePath:instancePath+"/image_name",schemaPath:"#/properties/image_name/maxLength",keyword:"maxLength",params:{limit: 65535}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func1(data7) < 0){
const err15 = {instancePath:instancePath+"/image_name",schemaPath:"#/properties/image_name/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/image_name",schemaPath:"#/properties/image_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.image_version !== undefined){
let data8 = data.image_version;
if(typeof data8 === "string"){
if(func1(data8) > 65535){
const err17 = {instancePath:instancePath+"/image_version",schemaPath:"#/properties/image_version/maxLength",keyword:"maxLength",params:{limit: 65535}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(func1(data8) < 0){
const err18 = {instancePath:instancePath+"/image_version",schemaPath:"#/properties/image_version/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/image_version",schemaPath:"#/properties/image_version/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.image_id !== undefined){
let data9 = data.image_id;
if(typeof data9 === "string"){
if(func1(data9) > 128){
const err20 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(func1(data9) < 0){
const err21 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/image_id",schemaPath:"#/properties/image_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.latest_version !== undefined){
if(typeof data.latest_version !== "boolean"){
const err23 = {instancePath:instancePath+"/latest_version",schemaPath:"#/properties/latest_version/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.image_size !== undefined){
let data11 = data.image_size;
if(!((((typeof data11 == "number") && (Number.isSafeInteger(data11))) && (data11 >= 0)) && (data11 <= 2147483547))){
const err24 = {instancePath:instancePath+"/image_size",schemaPath:"#/properties/image_size/x-imagesec-integer",keyword:"x-imagesec-integer",params:{minimum: "0", maximum: "2147483547", bigint: false}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.start_latest_update_time !== undefined){
let data12 = data.start_latest_update_time;
if(!(((typeof data12 == "number") && (Number.isSafeInteger(data12))) && (data12 >= 0))){
const err25 = {instancePath:instancePath+"/start_latest_update_time",schemaPath:"#/properties/start_latest_update_time/x-imagesec-integer",keyword:"x-imagesec-integer",params:{minimum: "0", maximum: null, bigint: false}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.end_latest_update_time !== undefined){
let data13 = data.end_latest_update_time;
if(!(((typeof data13 == "number") && (Number.isSafeInteger(data13))) && (data13 >= 0))){
const err26 = {instancePath:instancePath+"/end_latest_update_time",schemaPath:"#/properties/end_latest_update_time/x-imagesec-integer",keyword:"x-imagesec-integer",params:{minimum: "0", maximum: null, bigint: false}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.start_latest_scan_time !== undefined){
let data14 = data.start_latest_scan_time;
if(!(((typeof data14 == "number") && (Number.isSafeInteger(data14))) && (data14 >= 0))){
const err27 = {instancePath:instancePath+"/start_latest_scan_time",schemaPath:"#/properties/start_latest_scan_time/x-imagesec-integer",keyword:"x-imagesec-integer",params:{minimum: "0", maximum: null, bigint: false}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.end_latest_scan_time !== undefined){
let data15 = data.end_latest_scan_time;
if(!(((typeof data15 == "number") && (Number.isSafeInteger(data15))) && (data15 >= 0))){
const err28 = {instancePath:instancePath+"/end_latest_scan_time",schemaPath:"#/properties/end_latest_scan_time/x-imagesec-integer",keyword:"x-imagesec-integer",params:{minimum: "0", maximum: null, bigint: false}};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data.has_malicious_file !== undefined){
if(typeof data.has_malicious_file !== "boolean"){
const err29 = {instancePath:instancePath+"/has_malicious_file",schemaPath:"#/properties/has_malicious_file/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.has_vul !== undefined){
if(typeof data.has_vul !== "boolean"){
const err30 = {instancePath:instancePath+"/has_vul",schemaPath:"#/properties/has_vul/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.has_unsafe_setting !== undefined){
if(typeof data.has_unsafe_setting !== "boolean"){
const err31 = {instancePath:instancePath+"/has_unsafe_setting",schemaPath:"#/properties/has_unsafe_setting/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.risky !== undefined){
if(typeof data.risky !== "boolean"){
const err32 = {instancePath:instancePath+"/risky",schemaPath:"#/properties/risky/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.has_container !== undefined){
if(typeof data.has_container !== "boolean"){
const err33 = {instancePath:instancePath+"/has_container",schemaPath:"#/properties/has_container/type",keyword:"type",params:{type: "boolean"}};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.severity_level !== undefined){
let data21 = data.severity_level;
if(typeof data21 !== "string"){
const err34 = {instancePath:instancePath+"/severity_level",schemaPath:"#/properties/severity_level/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(!((((data21 === "Security") || (data21 === "Low")) || (data21 === "Medium")) || (data21 === "High"))){
const err35 = {instancePath:instancePath+"/severity_level",schemaPath:"#/properties/severity_level/enum",keyword:"enum",params:{allowedValues: schema44.properties.severity_level.enum}};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data.instance_name !== undefined){
let data22 = data.instance_name;
if(typeof data22 === "string"){
if(func1(data22) > 128){
const err36 = {instancePath:instancePath+"/instance_name",schemaPath:"#/properties/instance_name/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if(func1(data22) < 0){
const err37 = {instancePath:instancePath+"/instance_name",schemaPath:"#/properties/instance_name/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/instance_name",schemaPath:"#/properties/instance_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.instance_id !== undefined){
let data23 = data.instance_id;
if(typeof data23 === "string"){
if(func1(data23) > 128){
const err39 = {instancePath:instancePath+"/instance_id",schemaPath:"#/properties/instance_id/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(func1(data23) < 0){
const err40 = {instancePath:instancePath+"/instance_id",schemaPath:"#/properties/instance_id/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/instance_id",schemaPath:"#/properties/instance_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.cicd_name !== undefined){
let data24 = data.cicd_name;
if(typeof data24 === "string"){
if(func1(data24) > 128){
const err42 = {instancePath:instancePath+"/cicd_name",schemaPath:"#/properties/cicd_name/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(func1(data24) < 0){
const err43 = {instancePath:instancePath+"/cicd_name",schemaPath:"#/properties/cicd_name/minLength",keyword:"minLength",params:{limit: 0}};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/cicd_name",schemaPath:"#/properties/cicd_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.build_command_risk_level !== undefined){
let data25 = data.build_command_risk_level;
if(typeof data25 !== "string"){
const err45 = {instancePath:instancePath+"/build_command_risk_level",schemaPath:"#/properties/build_command_risk_level/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!((((data25 === "critical") || (data25 === "high")) || (data25 === "medium")) || (data25 === "low"))){
const err46 = {instancePath:instancePath+"/build_command_risk_level",schemaPath:"#/properties/build_command_risk_level/enum",keyword:"enum",params:{allowedValues: schema44.properties.build_command_risk_level.enum}};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.build_command_risk_name !== undefined){
let data26 = data.build_command_risk_name;
if(typeof data26 === "string"){
if(func1(data26) > 128){
const err47 = {instancePath:instancePath+"/build_command_risk_name",schemaPath:"#/properties/build_command_risk_name/maxLength",keyword:"maxLength",params:{limit: 128}};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func1(data26) < 1){
const err48 = {instancePath:instancePath+"/build_command_risk_name",schemaPath:"#/properties/build_command_risk_name/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/build_command_risk_name",schemaPath:"#/properties/build_command_risk_name/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.build_command_rule_id_list !== undefined){
let data27 = data.build_command_rule_id_list;
if(Array.isArray(data27)){
const len1 = data27.length;
for(let i1=0; i1<len1; i1++){
let data28 = data27[i1];
if(typeof data28 === "string"){
if(func1(data28) > 200){
const err50 = {instancePath:instancePath+"/build_command_rule_id_list/" + i1,schemaPath:"#/properties/build_command_rule_id_list/items/maxLength",keyword:"maxLength",params:{limit: 200}};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(func1(data28) < 1){
const err51 = {instancePath:instancePath+"/build_command_rule_id_list/" + i1,schemaPath:"#/properties/build_command_rule_id_list/items/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/build_command_rule_id_list/" + i1,schemaPath:"#/properties/build_command_rule_id_list/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/build_command_rule_id_list",schemaPath:"#/properties/build_command_rule_id_list/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.vul_id_list !== undefined){
let data29 = data.vul_id_list;
if(Array.isArray(data29)){
if(data29.length > 2048){
const err54 = {instancePath:instancePath+"/vul_id_list",schemaPath:"#/properties/vul_id_list/maxItems",keyword:"maxItems",params:{limit: 2048}};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
const len2 = data29.length;
for(let i2=0; i2<len2; i2++){
if(typeof data29[i2] !== "string"){
const err55 = {instancePath:instancePath+"/vul_id_list/" + i2,schemaPath:"#/properties/vul_id_list/items/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/vul_id_list",schemaPath:"#/properties/vul_id_list/type",keyword:"type",params:{type: "array"}};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}
validate29.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="ShowImageSecurityReportStatistic" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.path === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "path"}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.query === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "query"}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.header === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "header"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.body === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "body"}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "path") || (key0 === "query")) || (key0 === "header")) || (key0 === "body"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.path !== undefined){
let data0 = data.path;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.project_id === undefined){
const err5 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/required",keyword:"required",params:{missingProperty: "project_id"}};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "project_id")){
const err6 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1}};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.project_id !== undefined){
let data1 = data0.project_id;
if(typeof data1 === "string"){
if(func1(data1) > 256){
const err7 = {instancePath:instancePath+"/path/project_id",schemaPath:"#/properties/path/properties/project_id/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(func1(data1) < 1){
const err8 = {instancePath:instancePath+"/path/project_id",schemaPath:"#/properties/path/properties/project_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/path/project_id",schemaPath:"#/properties/path/properties/project_id/type",keyword:"type",params:{type: "string"}};
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
const err10 = {instancePath:instancePath+"/path",schemaPath:"#/properties/path/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.query !== undefined){
let data2 = data.query;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.security_report_type === undefined){
const err11 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/required",keyword:"required",params:{missingProperty: "security_report_type"}};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key2 in data2){
if(!((key2 === "enterprise_project_id") || (key2 === "security_report_type"))){
const err12 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2}};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data2.enterprise_project_id !== undefined){
let data3 = data2.enterprise_project_id;
if(typeof data3 === "string"){
if(func1(data3) > 256){
const err13 = {instancePath:instancePath+"/query/enterprise_project_id",schemaPath:"#/properties/query/properties/enterprise_project_id/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(func1(data3) < 1){
const err14 = {instancePath:instancePath+"/query/enterprise_project_id",schemaPath:"#/properties/query/properties/enterprise_project_id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/query/enterprise_project_id",schemaPath:"#/properties/query/properties/enterprise_project_id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data2.security_report_type !== undefined){
let data4 = data2.security_report_type;
if(typeof data4 !== "string"){
const err16 = {instancePath:instancePath+"/query/security_report_type",schemaPath:"#/properties/query/properties/security_report_type/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((((((data4 === "vulnerability") || (data4 === "risk-config")) || (data4 === "malwares")) || (data4 === "apps")) || (data4 === "files")) || (data4 === "sensitive-info")) || (data4 === "non-compliant-app")) || (data4 === "build-command-risks"))){
const err17 = {instancePath:instancePath+"/query/security_report_type",schemaPath:"#/properties/query/properties/security_report_type/enum",keyword:"enum",params:{allowedValues: schema43.properties.query.properties.security_report_type.enum}};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/query",schemaPath:"#/properties/query/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.header !== undefined){
let data5 = data.header;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.region === undefined){
const err19 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/required",keyword:"required",params:{missingProperty: "region"}};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key3 in data5){
if(!((key3 === "region") || (key3 === "X-Project-Id"))){
const err20 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3}};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data5.region !== undefined){
let data6 = data5.region;
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err21 = {instancePath:instancePath+"/header/region",schemaPath:"#/properties/header/properties/region/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/header/region",schemaPath:"#/properties/header/properties/region/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data5["X-Project-Id"] !== undefined){
let data7 = data5["X-Project-Id"];
if(typeof data7 === "string"){
if(func1(data7) > 256){
const err23 = {instancePath:instancePath+"/header/X-Project-Id",schemaPath:"#/properties/header/properties/X-Project-Id/maxLength",keyword:"maxLength",params:{limit: 256}};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(func1(data7) < 1){
const err24 = {instancePath:instancePath+"/header/X-Project-Id",schemaPath:"#/properties/header/properties/X-Project-Id/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/header/X-Project-Id",schemaPath:"#/properties/header/properties/X-Project-Id/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/header",schemaPath:"#/properties/header/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.body !== undefined){
if(!(validate29(data.body, {instancePath:instancePath+"/body",parentData:data,parentDataProperty:"body",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
errors = vErrors.length;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


export const validateAddImageWhiteLists: RequestValidator = __AddImageWhiteLists;
export const validateBatchScanLocalImage: RequestValidator = __BatchScanLocalImage;
export const validateChangeSensitiveInfo: RequestValidator = __ChangeSensitiveInfo;
export const validateShowImageSecurityReportStatistic: RequestValidator = __ShowImageSecurityReportStatistic;
