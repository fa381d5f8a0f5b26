export default {
    "scalars": [
        5,
        16,
        20,
        24,
        29,
        36,
        39,
        41,
        42,
        44,
        45,
        46,
        47,
        49,
        50,
        53,
        59,
        61,
        63,
        66,
        69,
        71,
        75,
        76,
        83,
        86,
        88,
        93,
        106,
        108
    ],
    "types": {
        "AddTeamMemberInput": {
            "email": [
                86
            ],
            "name": [
                86
            ],
            "password": [
                86
            ],
            "role": [
                88
            ],
            "__typename": [
                86
            ]
        },
        "AdvancedAnalytics": {
            "hourlyHeatmap": [
                40
            ],
            "questionDropOff": [
                82
            ],
            "__typename": [
                86
            ]
        },
        "AgentConfig": {
            "agentName": [
                86
            ],
            "emergencyKeywords": [
                86
            ],
            "emergencySensitivity": [
                42
            ],
            "faq": [
                37
            ],
            "id": [
                41
            ],
            "instructions": [
                86
            ],
            "interruptionDelayMs": [
                42
            ],
            "persona": [
                86
            ],
            "realtimeEnabled": [
                5
            ],
            "realtimeVoice": [
                86
            ],
            "twilioLanguage": [
                86
            ],
            "twilioVoice": [
                86
            ],
            "updatedAt": [
                29
            ],
            "voiceGreeting": [
                86
            ],
            "welcomeMessage": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "ApiKey": {
            "createdAt": [
                29
            ],
            "id": [
                41
            ],
            "lastUsedAt": [
                29
            ],
            "name": [
                86
            ],
            "prefix": [
                86
            ],
            "revokedAt": [
                29
            ],
            "role": [
                83
            ],
            "__typename": [
                86
            ]
        },
        "AuthPayload": {
            "businessId": [
                41
            ],
            "role": [
                83
            ],
            "token": [
                86
            ],
            "userId": [
                41
            ],
            "__typename": [
                86
            ]
        },
        "Boolean": {},
        "Business": {
            "address": [
                86
            ],
            "allowedOrigins": [
                86
            ],
            "businessHours": [
                7
            ],
            "createdAt": [
                29
            ],
            "description": [
                86
            ],
            "emergencyMessageTemplate": [
                86
            ],
            "id": [
                41
            ],
            "name": [
                86
            ],
            "notificationSettings": [
                67
            ],
            "phoneNumber": [
                86
            ],
            "plan": [
                71
            ],
            "timezone": [
                86
            ],
            "twilioNumber": [
                86
            ],
            "updatedAt": [
                29
            ],
            "website": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "BusinessHours": {
            "holidays": [
                86
            ],
            "weekly": [
                31
            ],
            "__typename": [
                86
            ]
        },
        "BusinessHoursInput": {
            "holidays": [
                86
            ],
            "weekly": [
                32
            ],
            "__typename": [
                86
            ]
        },
        "CallAnalytics": {
            "connectionStatus": [
                86
            ],
            "durationSeconds": [
                42
            ],
            "emergencyDetected": [
                5
            ],
            "firstAudioMs": [
                42
            ],
            "intents": [
                86
            ],
            "interruptions": [
                42
            ],
            "messages": [
                42
            ],
            "mode": [
                86
            ],
            "openaiErrors": [
                42
            ],
            "packetsDropped": [
                42
            ],
            "packetsIn": [
                42
            ],
            "packetsOut": [
                42
            ],
            "reconnects": [
                42
            ],
            "toolCalls": [
                92
            ],
            "__typename": [
                86
            ]
        },
        "Client": {
            "company": [
                86
            ],
            "createdAt": [
                29
            ],
            "email": [
                86
            ],
            "externalRef": [
                86
            ],
            "id": [
                41
            ],
            "name": [
                86
            ],
            "notes": [
                86
            ],
            "phone": [
                86
            ],
            "projects": [
                77
            ],
            "updatedAt": [
                29
            ],
            "__typename": [
                86
            ]
        },
        "ClientConnection": {
            "edges": [
                12
            ],
            "nodes": [
                10
            ],
            "pageInfo": [
                70
            ],
            "totalCount": [
                42
            ],
            "__typename": [
                86
            ]
        },
        "ClientEdge": {
            "cursor": [
                86
            ],
            "node": [
                10
            ],
            "__typename": [
                86
            ]
        },
        "ClientInput": {
            "company": [
                86
            ],
            "email": [
                86
            ],
            "name": [
                86
            ],
            "notes": [
                86
            ],
            "phone": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "ClientLinkRule": {
            "clientId": [
                41
            ],
            "createdAt": [
                29
            ],
            "id": [
                41
            ],
            "kind": [
                16
            ],
            "value": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "ClientLinkRuleInput": {
            "clientId": [
                41
            ],
            "kind": [
                16
            ],
            "value": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "ClientLinkRuleKind": {},
        "ConnectGoogleDriveInput": {
            "accessToken": [
                86
            ],
            "folderId": [
                86
            ],
            "serviceAccountKey": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "ConnectIntegrationInput": {
            "accessToken": [
                86
            ],
            "apiToken": [
                86
            ],
            "customerColumn": [
                86
            ],
            "customerField": [
                86
            ],
            "doneLabels": [
                86
            ],
            "email": [
                86
            ],
            "jql": [
                86
            ],
            "provider": [
                75
            ],
            "signingSecret": [
                86
            ],
            "siteUrl": [
                86
            ],
            "workspaceGid": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "Conversation": {
            "callAnalytics": [
                9
            ],
            "channel": [
                20
            ],
            "client": [
                10
            ],
            "durationSeconds": [
                42
            ],
            "endedAt": [
                29
            ],
            "fromNumber": [
                86
            ],
            "id": [
                41
            ],
            "leads": [
                51
            ],
            "messages": [
                62,
                {
                    "first": [
                        42
                    ]
                }
            ],
            "startedAt": [
                29
            ],
            "status": [
                24
            ],
            "summary": [
                86
            ],
            "toNumber": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "ConversationChannel": {},
        "ConversationConnection": {
            "edges": [
                22
            ],
            "nodes": [
                19
            ],
            "pageInfo": [
                70
            ],
            "totalCount": [
                42
            ],
            "__typename": [
                86
            ]
        },
        "ConversationEdge": {
            "cursor": [
                86
            ],
            "node": [
                19
            ],
            "__typename": [
                86
            ]
        },
        "ConversationFilter": {
            "channel": [
                20
            ],
            "startedAfter": [
                29
            ],
            "startedBefore": [
                29
            ],
            "status": [
                24
            ],
            "__typename": [
                86
            ]
        },
        "ConversationStatus": {},
        "ConversationUpdatedEvent": {
            "channel": [
                20
            ],
            "conversation": [
                19
            ],
            "conversationId": [
                41
            ],
            "status": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "CreateKnowledgeItemInput": {
            "content": [
                86
            ],
            "format": [
                47
            ],
            "title": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "CreatedApiKey": {
            "apiKey": [
                3
            ],
            "secret": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "Dashboard": {
            "advanced": [
                1
            ],
            "calls": [
                42
            ],
            "chats": [
                42
            ],
            "emergencies": [
                42
            ],
            "enhanced": [
                35
            ],
            "from": [
                29
            ],
            "leadsByStatus": [
                85
            ],
            "leadsPerDay": [
                30
            ],
            "leadsTotal": [
                42
            ],
            "timezone": [
                86
            ],
            "to": [
                29
            ],
            "__typename": [
                86
            ]
        },
        "DateTime": {},
        "DayCount": {
            "count": [
                42
            ],
            "date": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "DayHours": {
            "day": [
                86
            ],
            "ranges": [
                90
            ],
            "__typename": [
                86
            ]
        },
        "DayHoursInput": {
            "day": [
                86
            ],
            "ranges": [
                91
            ],
            "__typename": [
                86
            ]
        },
        "DayKeyCount": {
            "count": [
                42
            ],
            "date": [
                86
            ],
            "key": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "DriveSyncResult": {
            "added": [
                42
            ],
            "removed": [
                42
            ],
            "skipped": [
                42
            ],
            "unchanged": [
                42
            ],
            "updated": [
                42
            ],
            "__typename": [
                86
            ]
        },
        "EnhancedAnalytics": {
            "averageCallDurationSeconds": [
                39
            ],
            "averageChatDurationSeconds": [
                39
            ],
            "conversionRate": [
                39
            ],
            "leadsPerDayByChannel": [
                33
            ],
            "leadsPerDayByPriority": [
                33
            ],
            "__typename": [
                86
            ]
        },
        "ExpectedFormat": {},
        "FaqEntry": {
            "answer": [
                86
            ],
            "question": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "FaqEntryInput": {
            "answer": [
                86
            ],
            "question": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "Float": {},
        "HeatmapCell": {
            "count": [
                42
            ],
            "dayOfWeek": [
                42
            ],
            "hour": [
                42
            ],
            "__typename": [
                86
            ]
        },
        "ID": {},
        "Int": {},
        "Integration": {
            "accountLabel": [
                86
            ],
            "createdAt": [
                29
            ],
            "credentialsHint": [
                86
            ],
            "id": [
                41
            ],
            "lastError": [
                86
            ],
            "lastSyncAt": [
                29
            ],
            "projectCount": [
                42
            ],
            "provider": [
                44
            ],
            "status": [
                45
            ],
            "taskCount": [
                42
            ],
            "webhooksActive": [
                5
            ],
            "__typename": [
                86
            ]
        },
        "IntegrationProvider": {},
        "IntegrationStatus": {},
        "JSON": {},
        "KnowledgeInputFormat": {},
        "KnowledgeItem": {
            "chunkCount": [
                42
            ],
            "content": [
                86
            ],
            "createdAt": [
                29
            ],
            "id": [
                41
            ],
            "source": [
                49
            ],
            "status": [
                50
            ],
            "title": [
                86
            ],
            "updatedAt": [
                29
            ],
            "__typename": [
                86
            ]
        },
        "KnowledgeSource": {},
        "KnowledgeStatus": {},
        "Lead": {
            "acknowledgedAt": [
                29
            ],
            "address": [
                86
            ],
            "capturedData": [
                46
            ],
            "channel": [
                53
            ],
            "client": [
                10
            ],
            "conversation": [
                19
            ],
            "createdAt": [
                29
            ],
            "email": [
                86
            ],
            "emergencyNotes": [
                86
            ],
            "emergencySeverity": [
                42
            ],
            "id": [
                41
            ],
            "isEmergency": [
                5
            ],
            "issue": [
                86
            ],
            "name": [
                86
            ],
            "notes": [
                86
            ],
            "notifications": [
                65
            ],
            "phone": [
                86
            ],
            "priority": [
                76
            ],
            "status": [
                59
            ],
            "updatedAt": [
                29
            ],
            "__typename": [
                86
            ]
        },
        "LeadCapturedEvent": {
            "lead": [
                51
            ],
            "leadId": [
                41
            ],
            "__typename": [
                86
            ]
        },
        "LeadChannel": {},
        "LeadConnection": {
            "edges": [
                55
            ],
            "nodes": [
                51
            ],
            "pageInfo": [
                70
            ],
            "totalCount": [
                42
            ],
            "__typename": [
                86
            ]
        },
        "LeadEdge": {
            "cursor": [
                86
            ],
            "node": [
                51
            ],
            "__typename": [
                86
            ]
        },
        "LeadFilter": {
            "channel": [
                53
            ],
            "createdAfter": [
                29
            ],
            "createdBefore": [
                29
            ],
            "isEmergency": [
                5
            ],
            "priority": [
                76
            ],
            "search": [
                86
            ],
            "status": [
                59
            ],
            "__typename": [
                86
            ]
        },
        "LeadQuestion": {
            "essentialForEmergency": [
                5
            ],
            "expectedFormat": [
                36
            ],
            "id": [
                41
            ],
            "mapsTo": [
                61
            ],
            "position": [
                42
            ],
            "question": [
                86
            ],
            "required": [
                5
            ],
            "__typename": [
                86
            ]
        },
        "LeadQuestionInput": {
            "essentialForEmergency": [
                5
            ],
            "expectedFormat": [
                36
            ],
            "mapsTo": [
                61
            ],
            "question": [
                86
            ],
            "required": [
                5
            ],
            "__typename": [
                86
            ]
        },
        "LeadStatus": {},
        "LiveCall": {
            "callSid": [
                86
            ],
            "connectionStatus": [
                86
            ],
            "conversationId": [
                41
            ],
            "durationSeconds": [
                42
            ],
            "interruptions": [
                42
            ],
            "packetsIn": [
                42
            ],
            "packetsOut": [
                42
            ],
            "startedAt": [
                29
            ],
            "toolCalls": [
                92
            ],
            "__typename": [
                86
            ]
        },
        "MapsTo": {},
        "Message": {
            "content": [
                86
            ],
            "createdAt": [
                29
            ],
            "id": [
                41
            ],
            "role": [
                63
            ],
            "__typename": [
                86
            ]
        },
        "MessageRole": {},
        "Mutation": {
            "addClientLinkRule": [
                14,
                {
                    "input": [
                        15,
                        "ClientLinkRuleInput!"
                    ]
                }
            ],
            "addTeamMember": [
                101,
                {
                    "input": [
                        0,
                        "AddTeamMemberInput!"
                    ]
                }
            ],
            "connectGoogleDrive": [
                43,
                {
                    "input": [
                        17,
                        "ConnectGoogleDriveInput!"
                    ]
                }
            ],
            "connectIntegration": [
                43,
                {
                    "input": [
                        18,
                        "ConnectIntegrationInput!"
                    ]
                }
            ],
            "createApiKey": [
                27,
                {
                    "name": [
                        86,
                        "String!"
                    ],
                    "role": [
                        88
                    ]
                }
            ],
            "createClient": [
                10,
                {
                    "input": [
                        13,
                        "ClientInput!"
                    ]
                }
            ],
            "createKnowledgeItem": [
                48,
                {
                    "input": [
                        26,
                        "CreateKnowledgeItemInput!"
                    ]
                }
            ],
            "createLeadQuestion": [
                57,
                {
                    "input": [
                        58,
                        "LeadQuestionInput!"
                    ]
                }
            ],
            "createWebhookEndpoint": [
                105,
                {
                    "input": [
                        104,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "deleteClient": [
                5,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "deleteKnowledgeItem": [
                5,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "deleteLeadQuestion": [
                5,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "deleteWebhookEndpoint": [
                5,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "disconnectIntegration": [
                5,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "linkProjectToClient": [
                77,
                {
                    "clientId": [
                        41
                    ],
                    "projectId": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "login": [
                4,
                {
                    "email": [
                        86,
                        "String!"
                    ],
                    "password": [
                        86,
                        "String!"
                    ]
                }
            ],
            "removeClientLinkRule": [
                5,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "removeTeamMember": [
                5,
                {
                    "userId": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "reorderLeadQuestions": [
                57,
                {
                    "ids": [
                        41,
                        "[ID!]!"
                    ]
                }
            ],
            "retryNotification": [
                65,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "revokeApiKey": [
                3,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "rotateWebhookSecret": [
                105,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "sendTestEmail": [
                89,
                {
                    "to": [
                        86
                    ]
                }
            ],
            "setPlan": [
                6,
                {
                    "businessId": [
                        41,
                        "ID!"
                    ],
                    "plan": [
                        71,
                        "Plan!"
                    ]
                }
            ],
            "setTeamMemberRole": [
                101,
                {
                    "role": [
                        88,
                        "TeamRole!"
                    ],
                    "userId": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "signUp": [
                4,
                {
                    "input": [
                        84,
                        "SignUpInput!"
                    ]
                }
            ],
            "syncGoogleDrive": [
                34
            ],
            "syncProjects": [
                80,
                {
                    "integrationId": [
                        41
                    ]
                }
            ],
            "updateAgentConfig": [
                2,
                {
                    "input": [
                        94,
                        "UpdateAgentConfigInput!"
                    ]
                }
            ],
            "updateBusiness": [
                6,
                {
                    "input": [
                        95,
                        "UpdateBusinessInput!"
                    ]
                }
            ],
            "updateClient": [
                10,
                {
                    "id": [
                        41,
                        "ID!"
                    ],
                    "input": [
                        13,
                        "ClientInput!"
                    ]
                }
            ],
            "updateKnowledgeItem": [
                48,
                {
                    "id": [
                        41,
                        "ID!"
                    ],
                    "input": [
                        96,
                        "UpdateKnowledgeItemInput!"
                    ]
                }
            ],
            "updateLead": [
                51,
                {
                    "id": [
                        41,
                        "ID!"
                    ],
                    "input": [
                        97,
                        "UpdateLeadInput!"
                    ]
                }
            ],
            "updateLeadQuestion": [
                57,
                {
                    "id": [
                        41,
                        "ID!"
                    ],
                    "input": [
                        98,
                        "UpdateLeadQuestionInput!"
                    ]
                }
            ],
            "updateNotificationSettings": [
                6,
                {
                    "input": [
                        68,
                        "NotificationSettingsInput!"
                    ]
                }
            ],
            "updateVoiceSettings": [
                2,
                {
                    "input": [
                        99,
                        "UpdateVoiceSettingsInput!"
                    ]
                }
            ],
            "updateWebhookEndpoint": [
                103,
                {
                    "id": [
                        41,
                        "ID!"
                    ],
                    "input": [
                        104,
                        "WebhookEndpointInput!"
                    ]
                }
            ],
            "updateWidgetConfig": [
                107,
                {
                    "input": [
                        100,
                        "UpdateWidgetConfigInput!"
                    ]
                }
            ],
            "__typename": [
                86
            ]
        },
        "Notification": {
            "attempts": [
                42
            ],
            "channel": [
                66
            ],
            "createdAt": [
                29
            ],
            "id": [
                41
            ],
            "kind": [
                86
            ],
            "lastError": [
                86
            ],
            "leadId": [
                41
            ],
            "maxAttempts": [
                42
            ],
            "nextAttemptAt": [
                29
            ],
            "recipient": [
                86
            ],
            "sentAt": [
                29
            ],
            "status": [
                69
            ],
            "__typename": [
                86
            ]
        },
        "NotificationChannel": {},
        "NotificationSettings": {
            "notificationEmail": [
                86
            ],
            "notificationPhoneNumber": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "NotificationSettingsInput": {
            "notificationEmail": [
                86
            ],
            "notificationPhoneNumber": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "NotificationStatus": {},
        "PageInfo": {
            "endCursor": [
                86
            ],
            "hasNextPage": [
                5
            ],
            "__typename": [
                86
            ]
        },
        "Plan": {},
        "PlanFeature": {
            "description": [
                86
            ],
            "included": [
                5
            ],
            "key": [
                86
            ],
            "requiredPlan": [
                71
            ],
            "__typename": [
                86
            ]
        },
        "PlanInfo": {
            "features": [
                72
            ],
            "limits": [
                74
            ],
            "tier": [
                71
            ],
            "__typename": [
                86
            ]
        },
        "PlanLimit": {
            "name": [
                86
            ],
            "value": [
                42
            ],
            "__typename": [
                86
            ]
        },
        "PmProvider": {},
        "Priority": {},
        "Project": {
            "client": [
                10
            ],
            "completedTaskCount": [
                42
            ],
            "description": [
                86
            ],
            "dueDate": [
                86
            ],
            "externalId": [
                86
            ],
            "id": [
                41
            ],
            "lastSyncedAt": [
                29
            ],
            "name": [
                86
            ],
            "progress": [
                42
            ],
            "provider": [
                86
            ],
            "status": [
                86
            ],
            "taskCount": [
                42
            ],
            "url": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "ProjectConnection": {
            "edges": [
                79
            ],
            "nodes": [
                77
            ],
            "pageInfo": [
                70
            ],
            "totalCount": [
                42
            ],
            "__typename": [
                86
            ]
        },
        "ProjectEdge": {
            "cursor": [
                86
            ],
            "node": [
                77
            ],
            "__typename": [
                86
            ]
        },
        "ProjectSyncResult": {
            "projectCount": [
                42
            ],
            "taskCount": [
                42
            ],
            "__typename": [
                86
            ]
        },
        "Query": {
            "agentConfig": [
                2
            ],
            "apiKeys": [
                3,
                {
                    "includeRevoked": [
                        5
                    ]
                }
            ],
            "business": [
                6
            ],
            "client": [
                10,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "clientLinkRules": [
                14
            ],
            "clients": [
                11,
                {
                    "after": [
                        86
                    ],
                    "first": [
                        42
                    ],
                    "search": [
                        86
                    ]
                }
            ],
            "conversation": [
                19,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "conversations": [
                21,
                {
                    "after": [
                        86
                    ],
                    "filter": [
                        23
                    ],
                    "first": [
                        42
                    ]
                }
            ],
            "dashboard": [
                28,
                {
                    "from": [
                        29
                    ],
                    "to": [
                        29
                    ]
                }
            ],
            "integrations": [
                43
            ],
            "knowledgeItem": [
                48,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "knowledgeItems": [
                48
            ],
            "lead": [
                51,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "leadQuestions": [
                57
            ],
            "leads": [
                54,
                {
                    "after": [
                        86
                    ],
                    "filter": [
                        56
                    ],
                    "first": [
                        42
                    ]
                }
            ],
            "liveCalls": [
                60
            ],
            "me": [
                102
            ],
            "notifications": [
                65,
                {
                    "leadId": [
                        41
                    ],
                    "limit": [
                        42
                    ],
                    "offset": [
                        42
                    ],
                    "status": [
                        69
                    ]
                }
            ],
            "plan": [
                73
            ],
            "project": [
                77,
                {
                    "id": [
                        41,
                        "ID!"
                    ]
                }
            ],
            "projects": [
                78,
                {
                    "after": [
                        86
                    ],
                    "clientId": [
                        41
                    ],
                    "first": [
                        42
                    ],
                    "status": [
                        86
                    ]
                }
            ],
            "team": [
                101
            ],
            "webhookEndpoints": [
                103
            ],
            "widgetConfig": [
                107
            ],
            "__typename": [
                86
            ]
        },
        "QuestionDropOff": {
            "answered": [
                42
            ],
            "dropOffRate": [
                39
            ],
            "position": [
                42
            ],
            "question": [
                86
            ],
            "questionId": [
                41
            ],
            "__typename": [
                86
            ]
        },
        "Role": {},
        "SignUpInput": {
            "businessName": [
                86
            ],
            "email": [
                86
            ],
            "name": [
                86
            ],
            "password": [
                86
            ],
            "timezone": [
                86
            ],
            "trade": [
                93
            ],
            "__typename": [
                86
            ]
        },
        "StatusCount": {
            "count": [
                42
            ],
            "status": [
                59
            ],
            "__typename": [
                86
            ]
        },
        "String": {},
        "Subscription": {
            "conversationUpdated": [
                25
            ],
            "leadCaptured": [
                52
            ],
            "__typename": [
                86
            ]
        },
        "TeamRole": {},
        "TestEmailResult": {
            "delivery": [
                86
            ],
            "error": [
                86
            ],
            "success": [
                5
            ],
            "to": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "TimeRange": {
            "close": [
                86
            ],
            "open": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "TimeRangeInput": {
            "close": [
                86
            ],
            "open": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "ToolCallCount": {
            "count": [
                42
            ],
            "tool": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "Trade": {},
        "UpdateAgentConfigInput": {
            "agentName": [
                86
            ],
            "emergencyKeywords": [
                86
            ],
            "emergencySensitivity": [
                42
            ],
            "faq": [
                38
            ],
            "instructions": [
                86
            ],
            "persona": [
                86
            ],
            "welcomeMessage": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "UpdateBusinessInput": {
            "address": [
                86
            ],
            "allowedOrigins": [
                86
            ],
            "businessHours": [
                8
            ],
            "description": [
                86
            ],
            "emergencyMessageTemplate": [
                86
            ],
            "name": [
                86
            ],
            "phoneNumber": [
                86
            ],
            "timezone": [
                86
            ],
            "website": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "UpdateKnowledgeItemInput": {
            "content": [
                86
            ],
            "format": [
                47
            ],
            "title": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "UpdateLeadInput": {
            "acknowledged": [
                5
            ],
            "clientId": [
                41
            ],
            "notes": [
                86
            ],
            "priority": [
                76
            ],
            "status": [
                59
            ],
            "__typename": [
                86
            ]
        },
        "UpdateLeadQuestionInput": {
            "essentialForEmergency": [
                5
            ],
            "expectedFormat": [
                36
            ],
            "mapsTo": [
                61
            ],
            "question": [
                86
            ],
            "required": [
                5
            ],
            "__typename": [
                86
            ]
        },
        "UpdateVoiceSettingsInput": {
            "interruptionDelayMs": [
                42
            ],
            "realtimeEnabled": [
                5
            ],
            "realtimeVoice": [
                86
            ],
            "twilioLanguage": [
                86
            ],
            "twilioVoice": [
                86
            ],
            "voiceGreeting": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "UpdateWidgetConfigInput": {
            "backgroundColor": [
                86
            ],
            "greeting": [
                86
            ],
            "launcherText": [
                86
            ],
            "position": [
                108
            ],
            "primaryColor": [
                86
            ],
            "showBranding": [
                5
            ],
            "textColor": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "User": {
            "createdAt": [
                29
            ],
            "email": [
                86
            ],
            "id": [
                41
            ],
            "lastLoginAt": [
                29
            ],
            "name": [
                86
            ],
            "role": [
                83
            ],
            "__typename": [
                86
            ]
        },
        "Viewer": {
            "apiKeyId": [
                41
            ],
            "business": [
                6
            ],
            "role": [
                83
            ],
            "user": [
                101
            ],
            "__typename": [
                86
            ]
        },
        "WebhookEndpoint": {
            "createdAt": [
                29
            ],
            "deliveries": [
                65,
                {
                    "limit": [
                        42
                    ]
                }
            ],
            "description": [
                86
            ],
            "enabled": [
                5
            ],
            "events": [
                106
            ],
            "id": [
                41
            ],
            "secretHint": [
                86
            ],
            "updatedAt": [
                29
            ],
            "url": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "WebhookEndpointInput": {
            "description": [
                86
            ],
            "enabled": [
                5
            ],
            "events": [
                106
            ],
            "url": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "WebhookEndpointWithSecret": {
            "endpoint": [
                103
            ],
            "secret": [
                86
            ],
            "__typename": [
                86
            ]
        },
        "WebhookEvent": {},
        "WidgetConfig": {
            "backgroundColor": [
                86
            ],
            "greeting": [
                86
            ],
            "id": [
                41
            ],
            "launcherText": [
                86
            ],
            "position": [
                108
            ],
            "primaryColor": [
                86
            ],
            "showBranding": [
                5
            ],
            "textColor": [
                86
            ],
            "updatedAt": [
                29
            ],
            "__typename": [
                86
            ]
        },
        "WidgetPosition": {}
    }
}