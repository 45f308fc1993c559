export type ServiceWorkerInput = {
  /** Root-relative URLs cached on install: the offline page and the content-hashed assets. */
  precache: string[];
  /** Changes whenever a precached file changes, so the browser installs the new worker. */
  version: string;
};

/**
 * `/sw.js`. Pages are network-first (a visitor always gets the newest deployment when online;
 * pages seen before and then the offline page are the fallbacks). Content-hashed assets under
 * /assets/ are cache-first: their URL changes with their bytes, so a cached copy is never stale.
 * Each deployment gets its own cache name and activation deletes the others, so storage does
 * not grow with every publish. Only same-origin GETs are touched; form posts go to the network.
 */
export function renderServiceWorker({ precache, version }: ServiceWorkerInput): string {
  const cacheName = JSON.stringify(`pm-${version}`);
  return `'use strict';
var CACHE=${cacheName};
var OFFLINE='/offline.html';
var PRECACHE=${JSON.stringify(precache)};
self.addEventListener('install',function(event){
event.waitUntil(caches.open(CACHE).then(function(cache){return cache.addAll(PRECACHE)}).then(function(){return self.skipWaiting()}));
});
self.addEventListener('activate',function(event){
event.waitUntil(caches.keys().then(function(keys){return Promise.all(keys.filter(function(key){return key.indexOf('pm-')===0&&key!==CACHE}).map(function(key){return caches.delete(key)}))}).then(function(){return self.clients.claim()}));
});
function keep(event,request,response){
if(response&&response.ok&&response.type==='basic'){var copy=response.clone();event.waitUntil(caches.open(CACHE).then(function(cache){return cache.put(request,copy)}))}
return response;
}
self.addEventListener('fetch',function(event){
var request=event.request;
if(request.method!=='GET')return;
var url=new URL(request.url);
if(url.origin!==self.location.origin)return;
if(request.mode==='navigate'){
event.respondWith(fetch(request).then(function(response){return keep(event,request,response)}).catch(function(){return caches.match(request).then(function(hit){return hit||caches.match(OFFLINE)})}));
return;
}
if(url.pathname.indexOf('/assets/')===0){
event.respondWith(caches.match(request).then(function(hit){return hit||fetch(request).then(function(response){return keep(event,request,response)})}));
}
});
`;
}
